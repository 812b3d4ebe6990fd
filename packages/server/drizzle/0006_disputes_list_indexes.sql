DROP INDEX "dispute_cases_org_filed_idx";--> statement-breakpoint
DROP INDEX "dispute_cases_filed_idx";--> statement-breakpoint
DROP INDEX "dispute_cases_state_idx";--> statement-breakpoint
CREATE INDEX "dispute_cases_org_state_idx" ON "dispute_cases" USING btree ("org_code","state","filed_on","id");--> statement-breakpoint
CREATE INDEX "dispute_cases_state_deadline_idx" ON "dispute_cases" USING btree ("state","current_deadline");--> statement-breakpoint
CREATE INDEX "dispute_cases_org_filed_idx" ON "dispute_cases" USING btree ("org_code","filed_on","id");--> statement-breakpoint
CREATE INDEX "dispute_cases_filed_idx" ON "dispute_cases" USING btree ("filed_on","id");--> statement-breakpoint
CREATE INDEX "dispute_cases_state_idx" ON "dispute_cases" USING btree ("state","filed_on","id");