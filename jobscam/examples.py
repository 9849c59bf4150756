"""Example ads for the page: one lure and one genuine ad per language, written for this project (not real ads).

The lures copy the patterns of the recruitment ads used by scam compounds (Myawaddy, KK Park, Shwe Kokko,
Sihanoukville): high pay for no experience, free flight / visa / board, chat-app contact only, vague employer, a
rush. The genuine ads name an employer, an address or a careers site, a contract, and ask for experience.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExampleAd:
    key: str
    language: str
    kind: str  # "lure" or "genuine"
    text: str

    @property
    def label(self) -> str:
        return f"{self.language} · {self.kind}"


EXAMPLES: tuple[ExampleAd, ...] = (
    ExampleAd(
        "en-lure",
        "English",
        "lure",
        "URGENT HIRING!! Customer service / typing staff for an international company in Thailand.\n"
        "Salary $3,500 per month + bonus, no experience needed, basic English OK.\n"
        "FREE flight ticket, visa, hotel and meals. Leave this week, limited places!\n"
        "Interested? Message our HR on Telegram @hr_linda_job or WhatsApp only.",
    ),
    ExampleAd(
        "en-genuine",
        "English",
        "genuine",
        "Accounts Payable Officer - Harbour Logistics Ltd, Penang office (12 Jalan Tun Razak).\n"
        "Two or more years of accounts payable experience and a diploma in accounting required.\n"
        "Permanent contract, salary according to experience, EPF and medical cover.\n"
        "Apply through careers.harbourlogistics.example with your CV. We never charge candidates any fee.",
    ),
    ExampleAd(
        "zh-hans-lure",
        "简体中文",
        "lure",
        "【高薪急招】泰国公司招聘打字员、客服，月薪3万起，无需经验，会用电脑就行！\n"
        "包机票、包签证、包吃包住，落地有专人接机。名额有限，本周出发。\n有意者加飞机 @kefu_8888 详聊，不看学历。",
    ),
    ExampleAd(
        "zh-hans-genuine",
        "简体中文",
        "genuine",
        "上海某物流有限公司招聘仓库管理员2名。要求：两年以上仓储相关工作经验，熟练使用Excel。\n"
        "待遇：月薪6000-8000元，五险一金，签订正式劳动合同，周末双休。\n"
        "工作地点：上海市嘉定区。请将简历投递至公司官网招聘页面，面试在公司办公室进行。",
    ),
    ExampleAd(
        "zh-hant-lure",
        "繁體中文",
        "lure",
        "【海外高薪】柬埔寨網路客服，月入台幣15萬，免經驗、免學歷，輕鬆坐辦公室！\n"
        "公司包機票、包簽證、包食宿，到職即發獎金。\n名額有限，有興趣請直接加LINE：job8899 私訊，不接受電話詢問。",
    ),
    ExampleAd(
        "zh-hant-genuine",
        "繁體中文",
        "genuine",
        "台北市信義區某會計師事務所徵求記帳助理一名。\n"
        "條件：大專以上會計相關科系，一年以上記帳經驗佳。\n"
        "待遇：月薪35,000元起，享勞健保、年終獎金，週休二日。\n請透過104人力銀行投遞履歷，通過書面審核者將通知至事務所面試。",
    ),
    ExampleAd(
        "vi-lure",
        "Tiếng Việt",
        "lure",
        "VIỆC NHẸ LƯƠNG CAO tại Campuchia: tuyển nhân viên chăm sóc khách hàng online, lương 1.500 - 2.000 USD/tháng.\n"
        "Không cần kinh nghiệm, không cần bằng cấp. Bao vé máy bay, bao ăn ở, làm hộ chiếu miễn phí.\n"
        "Số lượng có hạn, xuất cảnh ngay trong tuần. Liên hệ Zalo hoặc Telegram để được hỗ trợ.",
    ),
    ExampleAd(
        "vi-genuine",
        "Tiếng Việt",
        "genuine",
        "Công ty TNHH Thực phẩm Sao Mai (KCN Tân Bình, TP.HCM) tuyển kế toán kho.\n"
        "Yêu cầu: tốt nghiệp cao đẳng kế toán, ít nhất 1 năm kinh nghiệm.\n"
        "Quyền lợi: lương 10-12 triệu đồng, ký hợp đồng lao động, đóng bảo hiểm xã hội đầy đủ.\n"
        "Nộp hồ sơ trực tiếp tại phòng nhân sự của công ty hoặc qua trang tuyển dụng chính thức.",
    ),
    ExampleAd(
        "id-lure",
        "Bahasa Indonesia",
        "lure",
        "LOWONGAN KERJA KE THAILAND! Dibutuhkan admin online / customer service, gaji 20 juta per bulan.\n"
        "Tanpa pengalaman, lulusan SMP boleh. Tiket pesawat GRATIS, visa dan mess ditanggung perusahaan.\n"
        "Berangkat minggu ini, kuota terbatas. Hubungi via WhatsApp atau Telegram saja, tanpa wawancara.",
    ),
    ExampleAd(
        "id-genuine",
        "Bahasa Indonesia",
        "genuine",
        "PT Sinar Abadi Tekstil (Bandung) membuka lowongan Staf Administrasi Gudang.\n"
        "Syarat: minimal D3, pengalaman 1 tahun di bidang yang sama, menguasai Microsoft Excel.\n"
        "Fasilitas: gaji sesuai UMK, BPJS Kesehatan dan Ketenagakerjaan, kontrak kerja tertulis.\n"
        "Lamaran dikirim melalui situs karier resmi perusahaan. Proses rekrutmen tidak dipungut biaya.",
    ),
    ExampleAd(
        "th-lure",
        "ภาษาไทย",
        "lure",
        "ด่วน! รับสมัครแอดมินออนไลน์ทำงานต่างประเทศ เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์\n"
        "ฟรีตั๋วเครื่องบิน ฟรีวีซ่า มีที่พักและอาหารให้ งานสบาย นั่งพิมพ์อย่างเดียว\n"
        "รับจำนวนจำกัด เดินทางได้ทันที สนใจทักไลน์ไอดี @jobvip99 เท่านั้น",
    ),
    ExampleAd(
        "th-genuine",
        "ภาษาไทย",
        "genuine",
        "บริษัท สยามฟู้ดส์ จำกัด (สำนักงานใหญ่ ถนนพระราม 9 กรุงเทพฯ) รับสมัครเจ้าหน้าที่บัญชี 1 อัตรา\n"
        "คุณสมบัติ: ปริญญาตรีสาขาบัญชี ประสบการณ์ 2 ปีขึ้นไป\n"
        "สวัสดิการ: ประกันสังคม โบนัสประจำปี ทำสัญญาจ้างงานเป็นลายลักษณ์อักษร\n"
        "สมัครผ่านเว็บไซต์ของบริษัท หรือยื่นใบสมัครที่ฝ่ายบุคคล บริษัทไม่เรียกเก็บค่าใช้จ่ายใดๆ",
    ),
)


def example_by_key(key: str) -> ExampleAd:
    for example in EXAMPLES:
        if example.key == key:
            return example
    raise KeyError(key)
