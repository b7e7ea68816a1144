#!/usr/bin/env python3
"""Publishes N generated Korean articles through Sinmun's API (for benchmarks; text is assembled from word lists
written for this project)."""
import base64, json, random, sys, urllib.request

base, password, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(20261128)

SECTIONS = ["politics", "economy", "industry", "society", "world", "culture", "sports", "opinion"]
SUBJECTS = ["한빛시", "누리군", "가람전자", "새솔에너지", "시의회", "교육청", "항만공사", "문화재단", "구단", "연구원"]
OBJECTS = ["예산안", "신규 노선", "데이터센터", "재활용 공장", "청년 주택", "통학로", "전시회", "선수단", "지원 사업", "요금제"]
VERBS = ["발표했다", "확정했다", "추진한다", "검토하고 있다", "공개했다", "늘리기로 했다", "줄이기로 했다", "시작했다"]
DETAILS = ["관계자는 주민 의견을 더 듣겠다고 말했다.", "전문가들은 실제 효과를 따져 봐야 한다고 지적했다.",
           "이번 조치는 다음 달부터 적용된다.", "업계는 대체로 환영하는 분위기다.", "재원 마련 방안은 아직 정해지지 않았다.",
           "시민단체는 절차가 투명해야 한다고 요구했다.", "관련 예산은 지난해보다 늘었다.", "현장에서는 인력 부족을 호소하고 있다."]

def sentence():
    return f"{random.choice(SUBJECTS)}가 {random.choice(OBJECTS)}을 {random.choice(VERBS)} {random.choice(DETAILS)}"

basic = base64.b64encode(f"admin:{password}".encode()).decode()
req = urllib.request.Request(base + "/api/v1/auth/token", method="POST", headers={"Authorization": "Basic " + basic})
token = json.load(urllib.request.urlopen(req))["token"]
for i in range(count):
    body = "".join(f"<p>{' '.join(sentence() for _ in range(3))}</p>" for _ in range(6))
    article = {"section": SECTIONS[i % len(SECTIONS)],
               "headline": f"{random.choice(SUBJECTS)}, {random.choice(OBJECTS)} {random.choice(VERBS)[:-1]}… 기사 {i + 1}",
               "subheadline": sentence(), "bodyHtml": body, "tags": [random.choice(OBJECTS)], "status": "PUBLISHED"}
    req = urllib.request.Request(base + "/api/v1/articles", data=json.dumps(article).encode(), method="POST",
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
print(f"published {count} articles")
