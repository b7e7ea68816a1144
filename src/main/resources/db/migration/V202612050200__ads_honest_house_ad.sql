-- The demo's header house ad promised a morning newsletter the product does not have. Installations that
-- already hold it get the honest one the demo installs now: the space itself is for sale.
UPDATE ad_campaigns
SET name = '광고 문의',
    html = '<p><strong>광고 문의</strong> 이 자리에 광고를 실을 수 있습니다. 연락처는 회사소개에 있습니다.</p>'
WHERE house AND advertiser = '신문일보' AND name = '아침 뉴스레터';
