"""Named-entity recognition: CRF features, tagger and the entities stage."""
