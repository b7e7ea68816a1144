-- Searches by readers that found nothing, per day (Asia/Seoul) and normalised term: what the desk may add to the
-- synonym dictionary. Only the term and a count are kept, nothing about who searched.
CREATE TABLE search_misses (
    day       date         NOT NULL,
    term      varchar(100) NOT NULL,
    searches  bigint       NOT NULL,
    PRIMARY KEY (day, term)
);
