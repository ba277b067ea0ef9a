"""Batch extraction without a database: inputs streamed through worker processes into JSONL or Parquet tables."""

from rasd.batch.run import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]
