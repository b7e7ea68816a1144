-- The desk's synonyms and short forms, applied to queries (not to the index), so a change needs no rebuild.
-- GROUP: every word finds the others (전기차, 전기자동차, EV). EXPANSION: the words (short forms) also find
-- expands_to (국토부 → 국토교통부), not the other way round. Words are stored as written, separated by ", ".
-- entry_key is the entry's identity for duplicates: the kind and the words, lowercased and sorted (code point
-- order), the same key SynonymEntry.key() computes.
CREATE TABLE search_synonyms (
    id          bigserial    PRIMARY KEY,
    kind        varchar(10)  NOT NULL CHECK (kind IN ('GROUP', 'EXPANSION')),
    words       varchar(1000) NOT NULL,
    expands_to  varchar(1000),
    entry_key   varchar(1000) NOT NULL UNIQUE,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

-- A default list for a Korean newspaper, written for Sinmun; every paper edits it in the newsroom (검색 동의어).
INSERT INTO search_synonyms (kind, words, expands_to, entry_key)
SELECT kind, words, expands_to,
       kind || ':' || (SELECT string_agg(w, ',' ORDER BY w COLLATE "C")
                       FROM (SELECT DISTINCT lower(trim(part)) AS w FROM unnest(string_to_array(words, ',')) part) parts)
FROM (VALUES
    -- Ministries and agencies: the short form a headline uses and the full name find each other. An expansion
    -- (one way) is kept where Nori reads the short form as common syllables (국힘 → 국 + 힘, 여가부 → 여 + 부,
    -- 대법 inside 대법관), so that the full name does not find every article with those syllables. Short forms
    -- Nori reads as one common word (한은 → 한, 한노총 → 노총) are left out: the newsroom dictionary must first
    -- keep them whole.
    ('GROUP', '국토부, 국토교통부', NULL),
    ('GROUP', '기재부, 기획재정부', NULL),
    ('GROUP', '과기정통부, 과기부, 과학기술정보통신부', NULL),
    ('GROUP', '해수부, 해양수산부', NULL),
    ('GROUP', '산업부, 산자부, 산업통상자원부', NULL),
    ('GROUP', '농식품부, 농림축산식품부', NULL),
    ('GROUP', '복지부, 보건복지부', NULL),
    ('GROUP', '고용부, 노동부, 고용노동부', NULL),
    ('GROUP', '행안부, 행정안전부', NULL),
    ('GROUP', '중기부, 중소벤처기업부', NULL),
    ('GROUP', '문체부, 문화체육관광부', NULL),
    ('EXPANSION', '여가부', '여성가족부'),
    ('GROUP', '방통위, 방송통신위원회', NULL),
    ('GROUP', '금융위, 금융위원회', NULL),
    ('GROUP', '금감원, 금융감독원', NULL),
    ('GROUP', '공정위, 공정거래위원회', NULL),
    ('GROUP', '선관위, 중앙선관위, 중앙선거관리위원회, 선거관리위원회', NULL),
    ('GROUP', '국과수, 국립과학수사연구원', NULL),
    ('GROUP', '식약처, 식품의약품안전처', NULL),
    ('GROUP', '질병청, 질병관리청', NULL),
    ('GROUP', '공수처, 고위공직자범죄수사처', NULL),
    ('GROUP', '인수위, 대통령직인수위원회', NULL),
    ('GROUP', '국정원, 국가정보원', NULL),
    ('GROUP', '권익위, 국민권익위원회', NULL),
    ('GROUP', '인권위, 국가인권위원회', NULL),
    ('GROUP', '원안위, 원자력안전위원회', NULL),
    ('GROUP', '국토연, 국토연구원', NULL),
    ('GROUP', 'KDI, 한국개발연구원', NULL),
    -- Courts and prosecutors.
    ('GROUP', '헌재, 헌법재판소', NULL),
    ('EXPANSION', '대법', '대법원'),
    ('GROUP', '서울중앙지법, 중앙지법, 서울중앙지방법원', NULL),
    ('GROUP', '서울중앙지검, 중앙지검, 서울중앙지방검찰청', NULL),
    ('GROUP', '대검, 대검찰청', NULL),
    ('GROUP', '특검, 특별검사', NULL),
    -- Parties, the National Assembly and its committees.
    ('GROUP', '민주당, 더불어민주당', NULL),
    ('EXPANSION', '국힘', '국민의힘'),
    ('GROUP', '비대위, 비상대책위원회', NULL),
    ('GROUP', '최고위, 최고위원회', NULL),
    ('GROUP', '국감, 국정감사', NULL),
    ('GROUP', '예결위, 예산결산특별위원회', NULL),
    ('GROUP', '법사위, 법제사법위원회', NULL),
    ('GROUP', '상임위, 상임위원회', NULL),
    -- Business groups, unions, public companies.
    ('GROUP', '전경련, 전국경제인연합회', NULL),
    ('GROUP', '경총, 한국경영자총협회', NULL),
    ('GROUP', '대한상의, 대한상공회의소', NULL),
    ('GROUP', '중기중앙회, 중소기업중앙회', NULL),
        ('GROUP', '한전, 한국전력공사, 한국전력', NULL),
    ('GROUP', '민주노총, 민노총, 전국민주노동조합총연맹', NULL),
    ('GROUP', '한국노총, 한국노동조합총연맹', NULL),
    ('GROUP', '노조, 노동조합', NULL),
    ('GROUP', '지자체, 지방자치단체', NULL),
    ('GROUP', '건보공단, 국민건강보험공단', NULL),
    ('GROUP', '인천공항, 인천국제공항', NULL),
    ('GROUP', 'LH, 엘에이치, 한국토지주택공사', NULL),
    ('GROUP', '코레일, 한국철도공사', NULL),
    -- Everyday short forms of news.
    ('EXPANSION', '주담대', '주택담보대출'),
    ('GROUP', '종부세, 종합부동산세', NULL),
    ('GROUP', '양도세, 양도소득세', NULL),
    ('GROUP', '부가세, 부가가치세', NULL),
    ('GROUP', '공시가, 공시가격', NULL),
    ('GROUP', '수능, 대학수학능력시험', NULL),
    ('GROUP', '학폭, 학교폭력', NULL),
    ('GROUP', '청약통장, 주택청약종합저축', NULL),
    -- Acronyms, their Hangul readings and their Korean names, every way.
    ('GROUP', 'UAM, 유에이엠, 도심항공교통', NULL),
    ('GROUP', 'ESG, 이에스지', NULL),
    ('GROUP', 'KTX, 케이티엑스', NULL),
    ('GROUP', 'SRT, 에스알티', NULL),
    ('GROUP', 'GTX, 지티엑스, 수도권광역급행철도', NULL),
    ('GROUP', 'PCR, 피시알, 유전자증폭', NULL),
    ('GROUP', 'CBDC, 시비디시, 중앙은행 디지털화폐', NULL),
    ('GROUP', 'AI, 에이아이, 인공지능', NULL),
    ('GROUP', 'GDP, 지디피, 국내총생산', NULL),
    ('GROUP', 'IMF, 아이엠에프, 국제통화기금', NULL),
    ('GROUP', 'OECD, 오이시디, 경제협력개발기구', NULL),
    ('GROUP', 'NATO, 나토, 북대서양조약기구', NULL),
    ('GROUP', 'FTA, 에프티에이, 자유무역협정', NULL),
    ('GROUP', 'LNG, 엘엔지, 액화천연가스', NULL),
    ('GROUP', 'SMR, 에스엠알, 소형모듈원전, 소형모듈원자로', NULL),
    ('GROUP', 'ICBM, 아이시비엠, 대륙간탄도미사일', NULL),
    ('GROUP', 'SLBM, 에스엘비엠, 잠수함발사탄도미사일', NULL),
    ('GROUP', 'OTT, 오티티, 온라인동영상서비스', NULL),
    ('GROUP', 'CPI, 소비자물가지수', NULL),
    ('GROUP', 'IPO, 기업공개', NULL),
    ('GROUP', 'DSR, 총부채원리금상환비율', NULL),
    ('GROUP', 'LTV, 주택담보인정비율', NULL),
    ('GROUP', 'PF, 프로젝트파이낸싱', NULL),
    ('GROUP', 'K팝, 케이팝', NULL),
    ('GROUP', 'EV, 전기차, 전기자동차', NULL),
    ('GROUP', '수소차, 수소전기차', NULL),
    ('GROUP', '가상자산, 가상화폐, 암호화폐', NULL),
    ('GROUP', '탄소중립, 넷제로', NULL),
    -- Words a desk treats as one subject.
    ('GROUP', '월세, 임대료', NULL),
    ('GROUP', '고물가, 물가 상승', NULL),
    ('GROUP', '집값, 주택 가격', NULL),
    -- Hanja of headlines and the words readers type. Nori reads most hanja (北 → 북); 露 and 檢 it leaves as
    -- written, and 美日 becomes 미 + 일 while the Hangul 미일 stays one word.
    ('GROUP', '與野, 여야', NULL),
    ('GROUP', '與, 여당', NULL),
    ('GROUP', '野, 야당', NULL),
    ('GROUP', '北, 북한', NULL),
    ('GROUP', '美, 미국', NULL),
    ('GROUP', '日, 일본', NULL),
    ('GROUP', '英, 영국', NULL),
    ('GROUP', '佛, 프랑스', NULL),
    ('GROUP', '獨, 독일', NULL),
    ('GROUP', '露, 러시아', NULL),
    ('GROUP', '中, 중국', NULL),
    ('GROUP', '檢, 검찰', NULL),
    ('GROUP', '靑, 청와대', NULL),
    ('GROUP', '美日, 미일', NULL),
    ('GROUP', '英佛, 영불', NULL),
    ('GROUP', '美中, 미중', NULL)
) AS defaults (kind, words, expands_to);
