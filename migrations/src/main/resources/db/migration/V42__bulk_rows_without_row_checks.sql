-- Registrations and results arrive by the hundred thousand. Their references are set by construction: the
-- ingest takes campaign, period and batch from the batch it opened in the same transaction, and resolves every
-- unit and model by a join that rejects the row when nothing matches; none of the referenced rows is ever
-- deleted (periods in use are refused, see CampaignRepository.deletePeriodIfUnused). The row-by-row foreign-key
-- triggers cost 60% of an insert here (30,000 registrations: 920 ms with them, 360 ms without), so these two
-- tables drop them; the batch row keeps its own references, and the tests check that no row is orphaned.
ALTER TABLE model DROP CONSTRAINT model_province_id_batch_id_fkey;
ALTER TABLE model DROP CONSTRAINT model_province_id_campaign_id_fkey;
ALTER TABLE model DROP CONSTRAINT model_province_id_period_id_fkey;
ALTER TABLE model DROP CONSTRAINT model_province_id_unit_id_fkey;
ALTER TABLE model_result DROP CONSTRAINT model_result_province_id_batch_id_fkey;
ALTER TABLE model_result DROP CONSTRAINT model_result_province_id_model_id_fkey;
ALTER TABLE model_result DROP CONSTRAINT model_result_province_id_period_id_fkey;

-- A campaign lies in one province and a period in one campaign: without telling the planner, it multiplies
-- their selectivities and expects a province's rows of a campaign to be a few dozen instead of all of them.
CREATE STATISTICS model_campaign_province (dependencies) ON province_id, campaign_id FROM model;
CREATE STATISTICS model_result_campaign_province (dependencies) ON province_id, campaign_id, period_id
    FROM model_result;
CREATE STATISTICS campaign_period_campaign_province (dependencies) ON province_id, campaign_id FROM campaign_period;

-- A model's code is looked up with its campaign, so the code can lead: with the campaign second, the planner
-- could take this index for a scan of a campaign's models, and did whenever the statistics had not yet seen
-- the campaign (a first large batch), filtering the whole campaign once per unit.
DROP INDEX model_code;
CREATE UNIQUE INDEX model_code ON model (province_id, code, campaign_id);
