-- The footer's pages are content the publisher edits, seeded with neutral text on install.
CREATE TABLE static_pages (
    slug        varchar(40)  PRIMARY KEY CHECK (slug ~ '^[a-z0-9-]+$'),
    title       varchar(100) NOT NULL,
    body_html   text         NOT NULL,
    position    integer      NOT NULL,
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

INSERT INTO static_pages (slug, title, position, body_html) VALUES
('about', '회사소개', 1,
 '<p>이 신문은 지역과 산업, 사회의 소식을 정확하고 빠르게 전하는 인터넷신문입니다.</p><p>발행인과 편집인, 연락처는 아래 하단 정보를 참고해 주십시오.</p>'),
('tip', '기사제보', 2,
 '<p>독자 여러분의 제보를 기다립니다. 제보하실 내용과 연락처를 편집국 전자우편으로 보내 주시면 기자가 확인한 뒤 연락드립니다.</p><p>제보자의 신원은 철저히 보호됩니다.</p>'),
('youth-policy', '청소년보호정책', 3,
 '<p>이 신문은 청소년이 유해한 정보로부터 보호받을 수 있도록 청소년보호법에 따라 청소년보호책임자를 지정하고 있습니다.</p><p>유해 정보를 발견하시면 청소년보호책임자에게 알려 주십시오.</p>'),
('privacy', '개인정보처리방침', 4,
 '<p>이 신문은 독자의 개인정보를 관련 법령에 따라 처리합니다. 기사 열람에는 개인정보를 수집하지 않으며, 조회 수 집계에는 식별할 수 없는 해시 값만 10분간 메모리에 보관합니다.</p><p>문의는 편집국 전자우편으로 보내 주십시오.</p>');
