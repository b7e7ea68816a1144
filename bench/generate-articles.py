#!/usr/bin/env python3
"""Writes N generated Korean articles as PostgreSQL COPY data, for benchmarks: going through the API would
take an hour for 100,000 articles, and what is measured is serving them, not writing them. The text is
assembled from word lists written for this project.

Usage: generate-articles.py COUNT REPORTER_ID SECTION_IDS OUT_ARTICLES OUT_TAGS
(SECTION_IDS: comma-separated ids; the two outputs are loaded with \\copy into articles and article_tags.)"""
import datetime, random, sys

count, reporter = int(sys.argv[1]), int(sys.argv[2])
sections = [int(s) for s in sys.argv[3].split(",")]
articles_out, tags_out = sys.argv[4], sys.argv[5]
random.seed(20261128)

SUBJECTS = ["한빛시", "누리군", "가람전자", "새솔에너지", "시의회", "교육청", "항만공사", "문화재단", "구단", "연구원",
            "보건소", "소방본부", "도서관", "상공회의소", "농협", "대학병원", "철도공사", "기상대", "관광공사", "복지관"]
OBJECTS = ["예산안", "신규 노선", "데이터센터", "재활용 공장", "청년 주택", "통학로", "전시회", "선수단", "지원 사업", "요금제",
           "공공 와이파이", "전기버스", "산불 대책", "물가 안정책", "야간 진료", "전세사기 대책", "반도체 공장", "AI 교육", "5G 기지국",
           "K팝 공연"]
VERBS = ["발표했다", "확정했다", "추진한다", "검토하고 있다", "공개했다", "늘리기로 했다", "줄이기로 했다", "시작했다",
         "보류했다", "마련했다"]
DETAILS = ["관계자는 주민 의견을 더 듣겠다고 말했다.", "전문가들은 실제 효과를 따져 봐야 한다고 지적했다.",
           "이번 조치는 다음 달부터 적용된다.", "업계는 대체로 환영하는 분위기다.", "재원 마련 방안은 아직 정해지지 않았다.",
           "시민단체는 절차가 투명해야 한다고 요구했다.", "관련 예산은 지난해보다 늘었다.", "현장에서는 인력 부족을 호소하고 있다."]


def sentence():
    return f"{random.choice(SUBJECTS)}가 {random.choice(OBJECTS)}을 {random.choice(VERBS)} {random.choice(DETAILS)}"


def copy_text(value):
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


now = datetime.datetime.now(datetime.timezone.utc)
with open(articles_out, "w", encoding="utf-8") as articles, open(tags_out, "w", encoding="utf-8") as tags:
    for i in range(1, count + 1):
        paragraphs = [" ".join(sentence() for _ in range(3)) for _ in range(6)]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        teaser = paragraphs[0][:150]
        verb = random.choice(VERBS)
        headline = f"{random.choice(SUBJECTS)}, {random.choice(OBJECTS)} {verb[:-1]}… 기사 {i}"
        # Newest last, spread over the past 100 days, so the highest id is the latest article.
        published = (now - datetime.timedelta(seconds=(count - i) * 86.4 + 60)).isoformat()
        row = [str(i), str(sections[i % len(sections)]), str(reporter), headline, sentence(), body, teaser,
               "PUBLISHED", published, published, published]
        articles.write("\t".join(copy_text(v) for v in row) + "\n")
        tags.write(f"{i}\t0\t{random.choice(OBJECTS)}\n")
print(f"generated {count} articles", file=sys.stderr)
