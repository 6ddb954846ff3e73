-- Shared head of the read queries: the slices of a rollup with their period's days, and the id
-- of each slice's area unit (the last label of its path). sl holds every slice; s the total slices, which all
-- reads but the child groups of a re-based rollup start from.
WITH sl AS (
    SELECT x.campaign_id, x.period_id, x.province_id, x.area::ltree AS area,
           ltree2text(subpath(x.area::ltree, -1))::bigint AS area_id, nullif(x.child_id, 0) AS child_id, x.total,
           p.first_day, p.last_day
      FROM unnest(:campaigns::bigint[], :periods::bigint[], :provinces::bigint[], :areas::text[],
                  :childIds::bigint[], :totals::boolean[])
           AS x(campaign_id, period_id, province_id, area, child_id, total)
      JOIN campaign_period p ON p.province_id = x.province_id AND p.id = x.period_id
), s AS (
    SELECT * FROM sl WHERE sl.total
)
