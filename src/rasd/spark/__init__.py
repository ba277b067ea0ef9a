"""rasd on Apache Spark (optional extra ``rasd[spark]``): the same pipeline in ``mapPartitions``.

pyspark is imported inside functions only, so importing this package needs neither pyspark nor Java.
"""
