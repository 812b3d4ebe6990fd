-- Declares in the schema the index 0004_measure_rollups created by hand (the indicator engine's freshness check).
CREATE INDEX IF NOT EXISTS "dispute_cases_updated_idx" ON "dispute_cases" USING btree ("updated_at");
