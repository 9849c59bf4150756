"""Behaviour tests of the shipped model (Made-With-ML style): minimum functionality, invariance, direction.

The ads here are written for these tests, not taken from the generator's phrase banks: they check that the model
learned the lure patterns, not the templates.
"""

from __future__ import annotations

import pytest

# family -> language -> a clear lure ad
LURES: dict[str, dict[str, str]] = {
    "overseas_high_pay": {
        "en": "Customer service agents needed in Myawaddy. Salary 4,500 USD per month, no experience, only basic typing. "
        "Contact HR on Telegram @cs_recruit_mm",
        "zh": "招聘客服打字员，地点缅甸妙瓦底，月薪3万起，无需经验，会打字就行，有意者加飞机 @kefu_mm66",
        "zh-Hant": "高薪誠聘客服，柬埔寨西港，月薪4萬，不需要經驗，會打字即可，私訊Telegram",
        "vi": "TUYỂN GẤP nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 40 triệu/tháng, không cần kinh nghiệm, liên hệ Telegram",
        "id": "LOKER customer service di Kamboja, gaji 25 juta per bulan, tanpa pengalaman, cukup bisa mengetik, hubungi Telegram",
        "th": "รับสมัครด่วน แอดมินออนไลน์ ทำงานที่เมียวดี รายได้ 50,000 บาทต่อเดือน ไม่ต้องมีประสบการณ์ ติดต่อเทเลแกรม",
    },
    "all_expenses_paid": {
        "en": "FREE flight ticket, FREE visa, FREE hotel and meals! Easy office job in Thailand, video interview only, "
        "leave in 3 days. WhatsApp +00 000 0000",
        "zh": "出国务工，包机票包签证包吃包住，视频面试，三天内出发，不需要护照也能办，月入2万，加微信详聊",
        "vi": "Đi làm ở Thái Lan, bao vé máy bay, bao visa, bao ăn ở, phỏng vấn qua video, xuất cảnh trong 3 ngày, liên hệ Zalo",
        "id": "Kerja di Thailand, tiket pesawat gratis, visa gratis, makan dan mess ditanggung, wawancara online, berangkat minggu ini",
    },
    "acting_modelling": {
        "en": "Casting call! Film role for new actors in Bangkok, flights and hotel covered by the production. "
        "Our casting coordinator will contact you on WeChat, send your passport photo today",
        "zh": "泰国影视公司招募演员，男女主角，包机票酒店，片酬丰厚，经纪人微信联系，需要先发护照照片",
        "vi": "Tuyển diễn viên đóng phim tại Thái Lan, bao vé máy bay và khách sạn, cát-xê cao, liên hệ quản lý qua Telegram",
    },
    "casino_gambling": {
        "en": "Online casino platform hiring customer support in Sihanoukville, high salary plus commission, free "
        "accommodation, no experience required, contact Telegram",
        "zh": "菲律宾博彩公司招聘菠菜客服，包吃包住，底薪加提成月入3万，无需经验，包机票，加飞机",
        "id": "Dicari CS game online dan casino di Kamboja, gaji besar, mess gratis, tiket ditanggung, tanpa pengalaman",
    },
    "task_scam": {
        "en": "Earn $300 a day liking videos and rating products from your phone. Get paid per task, first tasks "
        "need a small top-up in USDT, withdraw anytime. DM on Telegram",
        "zh": "手机兼职刷单点赞，一单一结，日赚500，先垫付后返佣金，联系客服领取任务",
        "vi": "Việc nhẹ lương cao, làm nhiệm vụ like video, nhận hoa hồng mỗi đơn, nạp tiền trước để nhận thưởng, nhắn Telegram",
    },
    "advance_fee": {
        "en": "Your job abroad is confirmed. Pay the training fee and visa processing fee of $450 and send a copy of "
        "your passport and bank card details to secure your slot",
        "zh": "工作已安排好，请先交培训费和服装费800元押金，并提供身份证护照和银行卡照片，名额有限",
        "id": "Sebelum berangkat, bayar biaya pelatihan dan seragam 3 juta, kirim foto paspor dan nomor rekening bank",
    },
    "classic_online": {
        "en": "Work from home data entry, earn $2,500 weekly, no interview. You will receive and reship packages and "
        "process payments through your own bank account",
        "zh": "在家兼职打字录入，轻松月入过万，无需面试，只需用自己的银行卡帮公司代收货款",
    },
}

GENUINE: dict[str, str] = {
    "en-cruise": "Royal Caribbean International is hiring assistant waiters for its fleet. Successful candidates sign "
    "a contract after interviews at our Manila hiring centre; flights to the ship are paid by the company. "
    "Two years of restaurant experience required.",
    "en-remote": "Accounts payable specialist (remote, UK). Our finance team at Brightwell Logistics Ltd is looking "
    "for an experienced AP specialist. Requirements: 3+ years in accounts payable, Xero. Salary £32,000. "
    "Apply through our careers page; two interview rounds.",
    "en-bangkok": "Customer service representative, Bangkok office of a registered insurance company. Thai and English "
    "required, 1 year of call-centre experience, salary 25,000 THB plus social security. Office in Sathorn.",
    "en-casting": "Open audition by Northlight Talent Agency at our studio, 12 King Street, Manchester, on Saturday. "
    "We never charge fees. Bring a recent headshot.",
    "zh-factory": "电子厂招聘普工，包吃包住，月薪5500-7000元，经验不限，五险一金，工厂地址：东莞市长安镇，现场面试",
    "zh-office": "会计助理，要求财务相关专业大专以上学历，两年以上工作经验，周末双休，五险一金，公司地址：上海市浦东新区",
    "vi-factory": "Công ty TNHH Điện tử Minh Phát tuyển công nhân sản xuất tại KCN Bắc Ninh, lương 8 triệu, có nhà ở, "
    "ký hợp đồng lao động, phỏng vấn trực tiếp tại công ty",
    "id-office": "PT Sinar Mandiri membuka lowongan staf administrasi di Jakarta, minimal D3, pengalaman 1 tahun, "
    "gaji sesuai UMR, BPJS, kirim lamaran melalui situs karier resmi kami",
}

LURE_CASES = [(family, lang, text) for family, by_lang in LURES.items() for lang, text in by_lang.items()]


@pytest.mark.parametrize(
    ("family", "lang", "text"), LURE_CASES, ids=[f"{f}-{lang}" for f, lang, _ in LURE_CASES]
)
def test_clear_lures_score_high(shipped_scorer, family: str, lang: str, text: str) -> None:
    """Minimum functionality: a clear lure ad of every family, in every language, lands in the high band."""
    row = shipped_scorer.score([text]).iloc[0]
    assert row["status"] == "ok"
    assert row["risk_band"] == "high", f"{family}/{lang}: p={row['scam_probability']:.3f}"


@pytest.mark.parametrize(("name", "text"), GENUINE.items(), ids=list(GENUINE))
def test_plain_genuine_ads_score_low(shipped_scorer, name: str, text: str) -> None:
    """Minimum functionality: ordinary genuine ads (including ones that mention flights, 包吃包住, castings) are low."""
    row = shipped_scorer.score([text]).iloc[0]
    assert row["risk_band"] == "low", f"{name}: p={row['scam_probability']:.3f}"


OBFUSCATIONS = [
    (
        "Easy job with high pay and free visa, contact us on Telegram",
        "Easy job with h1gh p@y and fr33 v1sa, contact us on T3l3gram",
    ),
    (
        "Easy job with high pay and free visa, contact us on Telegram",
        "Easy job with h i g h  p a y and f r e e  v i s a, contact us on Telegram",
    ),
    (
        "Casino customer service, free flight, salary 4000 USD",
        "Саsinо сustоmеr sеrviсе, frее flight, sаlаry 4000 USD",
    ),  # Cyrillic
    (
        "Customer service in Bangkok, free visa and hotel",
        "Cus\u200btomer ser\u200bvice in Bang\u200ckok, fr\ufeffee vi\u200bsa and hotel",
    ),
    ("高薪招聘客服，包机票包吃住，加微信", "高薪招聘客服，包機票包吃住，加微信"),  # Traditional characters
    ("高薪招聘客服，包机票包吃住，加微信", "高\u200b薪招\u200b聘客服，包机\u200b票包吃住，加微\u200b信"),
    (
        "Free visa and flight, salary 3000 USD",
        "ＦＲＥＥ ＶＩＳＡ ａｎｄ ｆｌｉｇｈｔ, salary 3000 USD",
    ),  # full-width
]


@pytest.mark.parametrize(("clean", "obfuscated"), OBFUSCATIONS)
def test_obfuscated_spellings_score_like_the_clean_text(shipped_scorer, clean: str, obfuscated: str) -> None:
    """Invariance: "h1gh p@y", spaced letters, homoglyphs, zero-width characters score within 0.05 of the clean ad."""
    scores = shipped_scorer.score([clean, obfuscated])["scam_probability"]
    assert abs(scores[0] - scores[1]) <= 0.05


@pytest.mark.parametrize("name", list(GENUINE))
@pytest.mark.parametrize(
    "lure",
    [
        "Free flight and visa, contact us on Telegram.",
        "No experience needed, salary 5,000 USD per month, free flight and visa, contact us on Telegram.",
    ],
)
def test_adding_a_lure_raises_the_score(shipped_scorer, name: str, lure: str) -> None:
    """Direction: adding "free flight and visa, contact us on Telegram" to a genuine ad raises its score."""
    base = GENUINE[name]
    scores = shipped_scorer.score([base, base + " " + lure])["scam_probability"]
    assert scores[1] > scores[0]


@pytest.mark.parametrize(
    ("genuine", "lure"),
    [
        (GENUINE["zh-factory"], "包机票，去缅甸妙瓦底，加飞机联系"),
        (GENUINE["en-remote"], "Pay a $200 training fee and send your passport and bank details first."),
    ],
)
def test_lures_in_the_language_of_the_ad_raise_the_score(shipped_scorer, genuine: str, lure: str) -> None:
    """Direction: a lure sentence added in the ad's own language raises its score."""
    scores = shipped_scorer.score([genuine, genuine + " " + lure])["scam_probability"]
    assert scores[1] > scores[0]


def test_the_shipped_model_meets_its_manifest(shipped_scorer) -> None:
    """The manifest's thresholds are the scorer's, ordered, and it records the data it was trained on."""
    manifest = shipped_scorer.manifest
    assert 0 < shipped_scorer.thresholds.medium <= shipped_scorer.thresholds.high < 1
    assert manifest["thresholds"] == {
        "medium": shipped_scorer.thresholds.medium,
        "high": shipped_scorer.thresholds.high,
    }
    assert len(manifest["training_table_sha256"]) == 64
