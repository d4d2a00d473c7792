-- The model of each version gzipped as it is written (CompressedModel): at a million people its
-- JSON is about 240 MB, which the import held whole, three times, and stored uncompressed.
-- Versions stored before keep their JSON in model_json and no model_gzip; later ones store an
-- empty model_json.
ALTER TABLE model_versions ADD COLUMN model_gzip BLOB;
