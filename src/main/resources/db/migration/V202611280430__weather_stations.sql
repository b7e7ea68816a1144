-- The ticker's stations, in display order: the 16 ASOS stations Korean news sites commonly show.
-- nx/ny are the data portal's forecast grid cells (official 시군 grid values), used by the fallback source.
CREATE TABLE weather_stations (
    position  integer     NOT NULL PRIMARY KEY,
    stn       integer     NOT NULL UNIQUE,
    name      varchar(20) NOT NULL,
    lat       numeric(8, 5) NOT NULL,
    lon       numeric(8, 5) NOT NULL
);

INSERT INTO weather_stations (position, stn, name, lat, lon) VALUES
    (1, 98, '동두천', 37.90188, 127.06070),
    (2, 105, '강릉', 37.75147, 128.89099),
    (3, 108, '서울', 37.57142, 126.96580),
    (4, 133, '대전', 36.37198, 127.37211),
    (5, 143, '대구', 35.87797, 128.65296),
    (6, 152, '울산', 35.58237, 129.33469),
    (7, 156, '광주', 35.17294, 126.89156),
    (8, 159, '부산', 35.10468, 129.03203),
    (9, 172, '고창', 35.34824, 126.59900),
    (10, 184, '제주', 33.51411, 126.52969),
    (11, 201, '강화', 37.70739, 126.44634),
    (12, 226, '보은', 36.48761, 127.73415),
    (13, 238, '금산', 36.10563, 127.48175),
    (14, 259, '강진군', 34.62890, 126.76715),
    (15, 283, '경주시', 35.81740, 129.20090),
    (16, 294, '거제', 34.88818, 128.60459);
