"""English phrase bank for the lure-pattern generator (format: ``README.md`` in this folder).

Scam sources (label 1) paraphrase lure patterns documented in public reporting; genuine sources (label 0) are
hard negatives that share the surface features (overseas work, relocation, castings, customer service in
Bangkok / Kuala Lumpur / Manila, remote work) but come from a named employer with a formal, fee-free process.
Every company name, handle, phone number, e-mail address and street address below is invented.
``SOURCES`` lists, per family, the public documents the scam patterns are grounded in (for the datasheet).
"""

LANG = "en"

#: Per family: the public, documented sources its scam (label 1) phrasings are grounded in.
SOURCES: dict[str, list[str]] = {
    "overseas_high_pay": [
        "OHCHR (UN Human Rights Office), 'Online Scam Operations and Trafficking into Forced Criminality in "
        "Southeast Asia: Recommendations for a Human Rights Response', August 2023 (recruitment through fake "
        "customer-service, IT and marketing job ads promising high pay; at least 120,000 people held in Myanmar "
        "and 100,000 in Cambodia)",
        "INTERPOL, 'INTERPOL issues global warning on human trafficking-fuelled fraud' (Purple Notice), June 2023",
        "UNODC, 'Transnational Organized Crime and the Convergence of Cyber-Enabled Fraud, Underground Banking "
        "and Technological Innovation in Southeast Asia', October 2024",
    ],
    "all_expenses_paid": [
        "OHCHR, 'Online Scam Operations and Trafficking into Forced Criminality in Southeast Asia', August 2023 "
        "(offers of free flights, visas, accommodation and meals; travel arranged within days)",
        "INTERPOL, 'INTERPOL issues global warning on human trafficking-fuelled fraud', June 2023",
        "Bangkok Post, 'Missing Chinese actor found safe', 8 January 2025 (car sent to the airport, driven to "
        "Mae Sot, taken across the Moei River into Myanmar)",
    ],
    "acting_modelling": [
        "Reporting on the January 2025 case of actor Wang Xing, lured from Shanghai to Bangkok via WeChat by a "
        "'casting coordinator' claiming to work for a well-known Thai production company, then taken from Mae Sot "
        "to a scam compound near Myawaddy: Bangkok Post, 'Missing Chinese actor found safe' (8 Jan 2025); "
        "Straits Times, 'Chinese actor Wang Xing, suspected to have been lured into Myanmar scam centre, found' "
        "(Jan 2025); ContentAsia, warnings issued after the abduction (Jan 2025)",
    ],
    "casino_gambling": [
        "UNODC, 'Casinos, Money Laundering, Underground Banking, and Transnational Organized Crime in East and "
        "Southeast Asia: A Hidden and Accelerating Threat', January 2024",
        "OHCHR, 'Online Scam Operations and Trafficking into Forced Criminality in Southeast Asia', August 2023 "
        "(illegal online gambling as one of the forced activities)",
        "Philippine government ban on Philippine Offshore Gaming Operators (POGOs), announced July 2024",
    ],
    "task_scam": [
        "US Federal Trade Commission, Data Spotlight 'Paying to get paid: gamified job scams drive record losses', "
        "December 2024 (unexpected text/WhatsApp offers, 'product boosting' / 'optimization tasks', commissions "
        "per click, then deposits in crypto to unlock earnings)",
        "US FTC consumer alert on task scams (militaryconsumer.gov, 'Task scams create the illusion of making "
        "money', 2024)",
    ],
    "advance_fee": [
        "US FTC consumer advice, 'Job Scams' (never pay to get a job; fees for training, certification, "
        "equipment or visas)",
        "ILO Private Employment Agencies Convention, 1997 (No. 181), Article 7 (agencies shall not charge fees or "
        "costs to workers) and the ILO General principles and operational guidelines for fair recruitment "
        "(2019) - the genuine 'we never charge fees' phrasing",
        "OHCHR, 'Online Scam Operations and Trafficking into Forced Criminality in Southeast Asia', August 2023 "
        "(passports confiscated on arrival; debt for travel costs)",
    ],
    "classic_online": [
        "Vidros, Kolias, Kambourakis, Akoglu, 'Automatic Detection of Online Recruitment Frauds: "
        "Characteristics, Methods, and a Public Dataset', Future Internet 9(1):6, 2017 (EMSCAD: data entry, "
        "work-from-home, payment processing fraud)",
        "US FTC consumer advice, 'Fake Check Scams' and 'Job Scams' (check cashing, reshipping, payment "
        "forwarding)",
    ],
}

FILLERS: dict[str, list[str]] = {
    "scam_hub": [
        "Myawaddy",
        "Shwe Kokko",
        "KK Park",
        "Sihanoukville",
        "the Golden Triangle SEZ",
        "Bavet",
        "Poipet",
        "Tachileik",
        "[Myawaddy|Shwe Kokko] (Myanmar side, near Mae Sot)",
        "Sihanoukville, Cambodia",
    ],
    "vague_place": [
        "Thailand",
        "Bangkok",
        "Cambodia",
        "Dubai",
        "Malaysia",
        "the Thai-Myanmar border area",
        "Laos",
        "Mae Sot",
        "Phnom Penh",
        "Manila",
    ],
    "scam_role": [
        "Customer Service",
        "Typing Job",
        "Chat Support",
        "Translator",
        "Online Marketing",
        "IT Support",
        "Data Entry",
        "Social Media Promoter",
        "Sales Consultant",
        "Online Customer Service Representative",
        "Game Tester",
    ],
    "lang_req": [
        "English",
        "basic English",
        "English or Chinese",
        "English + any Asian language",
        "Thai or English",
        "Vietnamese",
        "Bahasa Indonesia",
        "Japanese or Korean",
        "Malay",
    ],
    "pay_high": [
        "USD 3,000-5,000 per month",
        "$4,500/month",
        "US$3,800 + commission",
        "USD 1,500 per week",
        "$5,000-8,000 monthly",
        "USD 4,000 basic + bonus",
        "THB 120,000 per month",
        "$6,000 per month after training",
        "USD 3,500 net (tax free)",
        "up to $10,000 with commission",
    ],
    "pay_daily": [
        "$50-$300 per day",
        "USD 100-500 daily",
        "₱2,000-₱8,000 a day",
        "RM 300-800 per day",
        "$80-$250 every day",
        "Rp 500.000-2.000.000 per day",
        "THB 1,500-5,000 daily",
        "$120 a day",
    ],
    "handle_tg": [
        "@easyjob_th88",
        "@hr_linda2024",
        "@mia_recruit_bkk",
        "@jobs_asia_vip",
        "@kevin_hr_888",
        "@overseas_work_now",
        "@anna_cs_team",
        "@golden_job_hr",
        "@hr_jessica_66",
        "@fastvisa_jobs",
    ],
    "phone_wa": [
        "+66 81 555 0142",
        "+855 97 555 0199",
        "+95 9 555 01 77",
        "+60 11-5550 1234",
        "+63 917 555 0108",
        "+66 62 555 0190",
        "+856 20 5555 0123",
        "+971 50 555 0177",
    ],
    "chat_id": [
        "WeChat: hr_vivian_88",
        "WeChat ID jobs9988asia",
        "Line: @workabroad66",
        "Line ID cs_hiring_th",
        "WhatsApp {phone_wa}",
        "Telegram {handle_tg}",
        "Signal {phone_wa}",
        "Telegram channel t.me/easyjob_asia_88",
    ],
    "urgent": [
        "URGENT",
        "HIRING NOW",
        "LIMITED SLOTS",
        "URGENT HIRING",
        "START THIS WEEK",
        "ONLY 5 SEATS LEFT",
        "IMMEDIATE START",
        "LAST CALL",
    ],
    "soon": [
        "within 3 days",
        "this week",
        "in 48 hours",
        "by Friday",
        "within 5 days",
        "tomorrow",
        "in 2-3 days",
        "before the end of the month",
    ],
    "fee_small": [
        "$150",
        "USD 300",
        "₱5,500",
        "THB 9,000",
        "USD 250",
        "$99",
        "RM 650",
        "$480",
        "USD 1,200",
    ],
    "crypto": [
        "USDT",
        "USDT (TRC20)",
        "crypto",
        "USDT or BTC",
        "a crypto wallet",
        "Binance USDT",
        "TRC20 USDT",
    ],
    "task_platform": [
        "AmazeBoost",
        "OptimaRank",
        "ShopStar Pro",
        "ClickMall VIP",
        "TrendLift",
        "AppBoost Global",
        "StarReview Hub",
        "DataRise",
    ],
    # ---- genuine-side fillers
    "cs_employer": [
        "Siam Contact Solutions Co., Ltd.",
        "Telenexa Philippines Inc.",
        "KL Global Service Centre Sdn Bhd",
        "Harbourline BPO",
        "Northgate CX Asia",
        "Lotus Support Services",
        "Meridian Outsourcing (Manila)",
        "BlueRiver Customer Care Sdn Bhd",
    ],
    "market_city": [
        "Bangkok",
        "Kuala Lumpur",
        "Manila",
        "Cebu",
        "Penang",
        "Makati",
        "Petaling Jaya",
        "Bangkok (Silom)",
    ],
    "market_pay": [
        "THB 28,000-35,000 per month",
        "THB 32,000 + language allowance",
        "MYR 3,800-4,500 monthly",
        "PHP 28,000-35,000 per month",
        "MYR 4,200 base + shift allowance",
        "THB 30,000-38,000 depending on language",
        "PHP 25,000 + night differential",
        "MYR 3,500-4,200 plus performance bonus",
    ],
    "overseas_employer": [
        "Aurora Pacific Cruise Line",
        "Meridian Hotels & Resorts",
        "Lotus Bay Resort Group",
        "Harbourstone Hospitality",
        "Kestrel Engineering Ltd",
        "Orchid Coast Hotels",
        "Nordvik Marine Services",
        "Summit Ridge Resorts",
    ],
    "cruise_line": [
        "Aurora Pacific Cruise Line",
        "Celestia Ocean Voyages",
        "Bluewake Cruises",
        "Northstar Cruise Group",
        "Coral Horizon Cruises",
        "Azure Line Cruises",
    ],
    "teach_program": [
        "the Hanbit Public Schools English Program",
        "the Sakura Prefectural Assistant Language Teacher scheme",
        "the Seoul Metro District English Program",
        "the Taichung Municipal English Teacher Program",
        "the Kansai Board of Education ALT program",
        "the Busan Coastal Schools English Initiative",
    ],
    "agency": [
        "Northlight Talent Agency",
        "Bluebird Casting Ltd",
        "Silverframe Models",
        "Harbour Lane Casting",
        "Kite Studio Talent",
        "Mango Street Productions",
        "Lumen Casting Asia",
        "Redwood Talent Management",
    ],
    "public_address": [
        "Studio 3, 45 Sukhumvit Soi 21, Bangkok",
        "Level 2, 18 Jalan Ampang, Kuala Lumpur",
        "Unit 5B, 120 Ayala Avenue, Makati",
        "Rehearsal Room 1, 7 Harbour Street, Singapore",
        "Ground floor, 33 Nguyen Hue, District 1, Ho Chi Minh City",
        "Studio B, 9 Wellington Lane, Sydney",
        "2F, 61 Dongdaemun-ro, Seoul",
    ],
    "casino_resort": [
        "Harbourlight Resort Casino (Macau)",
        "Marina Grand Integrated Resort (Singapore)",
        "Desert Crown Casino Hotel (Las Vegas)",
        "Oceanview Entertainment City Resort (Manila)",
        "Tasman Bay Casino (Auckland)",
        "Silver Coast Resort & Casino (Gold Coast)",
        "Boardwalk Regent Casino (Atlantic City)",
    ],
    "regulator": [
        "the Gaming Inspection and Coordination Bureau (DICJ)",
        "the Casino Regulatory Authority",
        "the state Gaming Control Board",
        "PAGCOR",
        "the Department of Internal Affairs gambling licence",
        "the Office of Liquor and Gaming Regulation",
        "the Division of Gaming Enforcement",
    ],
    "remote_company": [
        "Brightleaf Software",
        "Ledgerly Accounting",
        "Northwind Support Co.",
        "Parcelwise Logistics",
        "Quillpoint Media",
        "Tandem Health Records",
        "Orbit Labs",
        "Maple & Finch Bookkeeping",
    ],
    "remote_pay": [
        "$22-26 per hour",
        "USD 48,000-55,000 a year",
        "£28,000-£32,000",
        "$19/hour plus benefits",
        "€3,100 gross per month",
        "USD 62,000-70,000 plus equity",
        "$24.50 per hour",
        "AUD 70,000 + super",
    ],
    "hr_email": [
        "careers@hr-desk.example",
        "jobs@recruit-team.example",
        "recruitment@people-office.example",
        "talent@hiring-desk.example",
        "apply@careers-team.example",
        "hr@staffing-office.example",
        "hiring@people-team.example",
        "join@talent-office.example",
    ],
    "job_board": [
        "our careers page",
        "LinkedIn",
        "JobStreet",
        "JobsDB",
        "Indeed",
        "our official website",
        "the company careers portal",
    ],
    # ---- short-ad styles: "brief" genuine postings and "calm" formal-register scams (see the end of the file)
    "brief_employer": [
        "Harbour & Pine Coffee",
        "Kitecode Labs",
        "Sable Payments",
        "Tidewater Analytics",
        "Corvid Systems",
        "Juniper Lane Bakery",
        "Lumen Mobility",
        "Northfield Logistics Tech",
    ],
    "brief_city": [
        "Singapore",
        "Tokyo",
        "Seoul",
        "Sydney",
        "Hong Kong",
        "Taipei",
        "Kuala Lumpur",
        "Bangkok",
    ],
    "calm_company": [
        "Golden Lotus Technology Co., Ltd.",
        "Everbright Digital Services Co., Ltd.",
        "Asia Star Network Technology Co., Ltd.",
        "Mekong Crown Trading Co., Ltd.",
        "Sunrise Peak Investment Co., Ltd.",
        "Pacific Harmony E-Commerce Co., Ltd.",
        "New Horizon Data Services Co., Ltd.",
        "Royal Jade Information Technology Co., Ltd.",
    ],
    "calm_media_co": [
        "Starlight Film & Media Co., Ltd.",
        "Silver Moon Entertainment Co., Ltd.",
        "Grand Vision Pictures Co., Ltd.",
        "Blue Ocean Culture Media Co., Ltd.",
        "Golden Frame Production Co., Ltd.",
        "Asia Bright Star Studio Co., Ltd.",
    ],
    "calm_gaming_co": [
        "Grand Fortune Entertainment Co., Ltd.",
        "Lucky Dragon Gaming Technology Co., Ltd.",
        "Royal Crown Leisure Co., Ltd.",
        "Jin Sha International Entertainment Co., Ltd.",
        "Oriental Pearl Online Services Co., Ltd.",
        "Victory Bay Hospitality Co., Ltd.",
    ],
    "calm_agency": [
        "Global Bridge Manpower Co., Ltd.",
        "Sunway International Recruitment Co., Ltd.",
        "Asia Pacific Employment Services Co., Ltd.",
        "Prime Link Overseas Placement Co., Ltd.",
        "Harmony Workforce Solutions Co., Ltd.",
        "Eastern Star Labour Services Co., Ltd.",
    ],
    # free-mail addresses (the provider name is the cue; the reserved .example TLD keeps them undeliverable)
    "free_email": [
        "recruitment.asia2025@gmail.example",
        "hr.office.jobs88@outlook.example",
        "career.dept.intl@hotmail.example",
        "jobs.hrteam2024@yahoo.example",
        "apply.overseas.hr@gmail.example",
        "hrdepartment.asia@outlook.example",
        "recruit.team.sea@gmail.example",
        "personnel.office.hr@hotmail.example",
    ],
}

FAMILIES: dict[str, dict[int, dict]] = {}

# =========================================================================================== overseas_high_pay
FAMILIES["overseas_high_pay"] = {
    1: {
        "slots": {
            "title": [
                "[URGENT|HIRING NOW|Job Opening]: {scam_role} [in|based in|for a company in] {scam_hub}",
                "{scam_role} [Staff|Agents|Team Members] Needed - {vague_place} [(Company Provides Everything)|- High Salary|- Good Package]",
                "[We are hiring|Now hiring|Recruiting] {scam_role} ({lang_req}) for [an international|a fast-growing|a big] [company|platform|online company] in {vague_place}",
                "{urgent}: {lang_req} speakers wanted for {scam_role} [job|position|work] in {vague_place}",
                "[High Salary|Big Salary|Good Salary] {scam_role} [Job|Work] - {vague_place} / {scam_hub}",
                "[Overseas|Abroad|International] {scam_role} Vacancy [({pay_high})|- {pay_high}]",
                "[Join|Work with] [our|a] [Tech|E-commerce|Investment] [Company|Team] in {scam_hub} as {scam_role}",
                "{scam_role} Position - [Asia|Southeast Asia|SEA] Branch ({vague_place}) [- {urgent}|]",
            ],
            "about": [
                "About us: we are a [big|large|well-known] [online|e-commerce|digital] company [with branches in|operating in] [Thailand and Cambodia|Myanmar and Thailand|several Asian countries]; [company name will be shared after the interview|company details given after you confirm|we do not disclose the company name on public sites].",
                "Company overview: [fast-growing|leading|international] [technology|investment|gaming and e-commerce] group [located|situated] in a [special economic zone|modern industrial park|secure compound] near {scam_hub}. [More than 2,000 staff from many countries.|Staff from all over Asia.|We have our own dormitory, canteen and gym.]",
                "[Our company|We] [is|are] [an online marketing|a customer support|a digital] [team|company] [working for|serving] [clients|customers|players] [worldwide|in Europe and America|in China and overseas]. [Working place: {scam_hub}.|Office near the border, pickup arranged.|Location will be informed later.]",
                "About the employer: [private|confidential] [company|client] [in|at] {vague_place}, [details provided to shortlisted candidates only|name cannot be disclosed for business reasons|HR will explain everything on chat].",
                "Who we are: [a Chinese-owned|an international|a Singapore-registered] [platform|company] [with a big team in|expanding to] {scam_hub}. [We welcome people from all countries.|Everyone is welcome, no discrimination.|Young and energetic team.]",
                "Company introduction: [we operate|we run] [online shops|cross-border e-commerce|customer care] for [many brands|overseas clients|big platforms]. [The office is inside a secure zone with 24h guards.|The office is in a modern building with dormitory.|You will live and work in the same compound.]",
            ],
            "duties": [
                "Responsibilities: [chat with|reply to|talk to] customers online; [follow the script|use the script we give you|copy and paste the provided messages]; [build friendly relationships|make friends with clients|keep customers active]; [report to the team leader|meet the daily target|update the daily report].",
                "Job description: [typing|sending messages|data entry] on [computer|phone] [8-10 hours|around 10 hours|in shifts]; [no selling|no cold calls|simple tasks only]; [all training provided|we teach you everything|mentor will guide you].",
                "What you will do: [find|contact|approach] [new clients|potential customers|investors] on [social media|Facebook, Instagram and dating apps|online platforms]; [introduce our products|promote the investment platform|invite them to our app].",
                "Duties: [answer|handle] [customer enquiries|player questions|client chats] in {lang_req}; [translate messages|prepare simple reports|manage several accounts]; [work in a team of 10|follow the supervisor's instructions|use company phones only].",
                "Your tasks: [online marketing|social media marketing|customer development] for [the company app|our clients|a crypto platform]; [post content|send greetings|keep conversations going] [every day|daily|on several accounts]; [targets are easy|KPI is simple|no pressure].",
                "The job: [sit in an air-conditioned office|work on a computer|use WeChat, WhatsApp and Telegram] and [reply to messages|talk to customers|do typing work]. [Anyone can do it.|It is very easy.|If you can type you can do it.]",
            ],
            "requirements": [
                "Requirements: age [18-35|18-40|20-35]; [basic|simple] {lang_req}; [can type|typing skills|know how to use a computer]; [no experience needed|no experience required|freshers welcome]; [passport ready|must have passport|valid passport].",
                "Qualifications: [no degree needed|any education|high school is OK]; [no experience|experience not required]; [able to travel|ready to travel] [immediately|within days|this week]; [good attitude|hard-working|willing to learn].",
                "Who can apply: [men and women|male and female|anyone] [18 to 38 years old|aged 18+|below 40]; [speak|know] {lang_req}; [basic computer|phone and computer] skills; [no experience OK|beginners welcome].",
                "We need: [fresh graduates|students|job seekers] [welcome|accepted]; [no experience|zero experience] [fine|OK]; {lang_req} [is a plus|is enough|only]; [must be able to leave|can fly] {soon}.",
                "Criteria: [passport holder|must hold a passport]; [healthy|good health]; [can work long hours|willing to work overtime|OK with shifts]; [no need experience|experience not important]; [all nationalities|all countries] welcome.",
                "Must have: [a smartphone|a passport|basic typing], [speak|communicate in] {lang_req}, [and be|be] [ready to go|available] {soon}. [Experience not needed.|We train you.|No CV needed.]",
            ],
            "pay": [
                "Salary: {pay_high} [+ commission|+ bonus|+ attendance bonus]; [no experience needed|no experience required|freshers welcome].",
                "[Monthly salary|Basic salary|Pay] {pay_high}, [paid on time|paid in USD|paid every month] - [no experience needed|experience not required|we train you].",
                "Earn {pay_high} [even as a beginner|with zero experience|from the first month], [plus high commission|plus performance bonus|plus target bonus].",
                "Compensation: [very high|attractive|excellent] - {pay_high} [for beginners|for newcomers|without experience] [and up to double with bonus|and more after probation|and promotion in 3 months].",
                "💰 [Salary|Income|Pay] {pay_high} [no experience|no exp needed|zero experience OK] 💰",
                "[Package|Salary package]: {pay_high}, [easy|simple] [work|job], [no skills needed|no experience necessary|newbies welcome].",
                "You can earn {pay_high} [working from a comfortable office|just typing and chatting|in an easy office job], [no experience or degree needed|even with no experience|no diploma needed].",
                "Salary {pay_high} [(tax free)|(cash or USDT)|(paid in dollars)] - [much more than at home|3x your salary at home|better than local jobs], [no experience needed|experience is not required].",
            ],
            "benefits": [
                "Benefits: [free|company-paid] [accommodation|dormitory]; [free meals|3 meals a day]; [air ticket|flight] [provided|paid by company]; [visa|work permit] [handled by us|arranged by company].",
                "We provide: [free flight|air ticket] to {vague_place}; [free food and lodging|free housing and meals]; [airport pickup|pickup at the airport]; [visa arranged|no visa needed for first month].",
                "Perks: [free accommodation|free dorm], [free meals|food allowance], [annual leave|holidays], [bonus every month|monthly bonus] and [free flight ticket|ticket paid].",
                "[Company pays|Company covers] [everything|all costs]: [air ticket|flight], [visa|documents], [hotel|housing] and [meals|food]. [You bring only your passport.|Just bring your passport.]",
                "Welfare: [free dorm with wifi|free room with aircon]; [free 3 meals|meals provided]; [travel|flight and visa] [covered|paid]; [fast promotion|promotion opportunities].",
                "Extra: [free round-trip ticket after contract|free return ticket after 6 months|free ticket home every year]; [dorm and meals free|free board and lodging]; [pickup from Bangkok airport|car pickup from the airport].",
            ],
            "apply": [
                "How to apply: [contact|message|DM] [HR|us|our recruiter] on [Telegram|WhatsApp] {handle_tg} [for details|to apply|now]. [Interview by video only.|Online interview only.|Fast reply.]",
                "To apply: send [your photo|a selfie] and [passport copy|passport photo page] to [Telegram|WhatsApp] {handle_tg}. [Do not apply on this site.|We reply only on Telegram.|Limited slots.]",
                "Interested? [Add|Contact] {chat_id} [for more info|and say 'job'|now]. [Online interview, fly {soon}.|Start {soon}.|{urgent}.]",
                "[Apply now|Apply today|Hurry] - [message|contact] {chat_id}. [Do not ask too many questions on this site.|We will explain on chat.|Details in private.]",
                "[Send|Please send] [CV|name, age and nationality] [via|through] [WhatsApp|Telegram|Line] ({chat_id}). [Video interview|Interview online] and [ticket within|departure] {soon}.",
                "Application: [only through|only on] {chat_id}; [no CV needed|CV optional]; [interview by phone|short video call]; [start {soon}|fly {soon}].",
                "[Contact HR|Contact our agent|Reach our recruiter] at {chat_id} [- fast reply|- 24 hours|- reply in 5 minutes]. [{urgent}!|Don't miss it!|Slots are limited!]",
                "[Apply via|Apply through|Message] {chat_id}, [tell us your age and country|send your passport photo page], [and we book your flight|and HR will arrange your ticket|we will guide you step by step].",
            ],
            "hook": [
                "🔥 {urgent} 🔥 [{scam_role}|{scam_role} staff] [needed|wanted] in {vague_place}!!",
                "[Looking for|Need] [10|20|30|50] {lang_req} speakers [for|to do] [easy office work|typing work|online CS] in {vague_place} [ASAP|NOW|{soon}]",
                "[JOB ABROAD|WORK ABROAD|OVERSEAS JOB] ✈️ {scam_role} in {scam_hub} [- high pay|- big money|- good income]",
                "[Want to earn|Ready to earn|Dream of earning] [big|real|serious] money [overseas|abroad|in Asia]? [We hire|Hiring] {scam_role} [now|today]!",
                "[Hi guys|Hello everyone|Attention job seekers], [my company|our team|our boss] [needs|is looking for] {scam_role} [in|near] {vague_place} 🙏",
                "{urgent}!!! {scam_role} JOB in {vague_place} [✈️|🌏|🇹🇭] [limited slots|few seats left|only this week]",
            ],
            "contact": [
                "[DM|Message|Contact] [me|HR|us] on Telegram {handle_tg}",
                "[WhatsApp|WA] {phone_wa} [for details|now|📲]",
                "[Inbox|PM] me or [add|contact] {chat_id}",
                "👉 {chat_id} [👈|📩|✅]",
                "[Serious applicants only|Only serious people], [contact|message] {handle_tg}",
                "[More info|Details] [on|via] {chat_id} [fast reply|reply quickly|24/7]",
                "[Telegram|TG]: {handle_tg} / [WhatsApp|WA]: {phone_wa}",
                "[Comment|Type] 'interested' [and|then] [DM|message] {handle_tg}",
            ],
        },
        "slot_signals": {
            "pay": ["high_pay_no_experience"],
            "apply": ["offplatform_contact"],
            "contact": ["offplatform_contact"],
            "benefits": ["free_travel_visa_board"],
            "about": ["vague_employer"],
        },
        "layouts": [
            {
                "register": "formal",
                "slots": ["title", "about?", "duties", "requirements", "pay", "benefits?", "apply"],
            },
            {"register": "formal", "slots": ["title", "pay", "duties", "requirements?", "apply"]},
            {"register": "formal", "slots": ["title", "about", "requirements", "pay", "benefits", "apply"]},
            {"register": "formal", "slots": ["title", "duties?", "pay", "benefits", "apply"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "duties?", "pay", "benefits?", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "pay?"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "{scam_role} [Associate|Representative|Specialist] ({lang_req}) - {market_city}",
                "[Customer Experience|Customer Support|Technical Support] [Associate|Advisor] - {cs_employer}, {market_city}",
                "[Bilingual|Multilingual] [Customer Service|Support] [Agent|Executive] [{market_city}|{market_city}, on-site]",
                "{cs_employer} is hiring: [Chat Support|Email Support|Voice Support] [Agents|Associates] ({lang_req})",
                "[Translator|Localisation Specialist] [{lang_req}|({lang_req})] - [full-time|permanent], {market_city}",
                "[IT Helpdesk|Service Desk] [Analyst|Technician] [Level 1|L1] - {market_city} [office|hub]",
                "[Online Marketing|Digital Marketing] [Executive|Coordinator] - {cs_employer} [{market_city}|({market_city})]",
                "[Junior|Entry-level] {scam_role} - {market_city} [(training provided)|(hybrid after probation)]",
            ],
            "about": [
                "About us: {cs_employer} is a [registered|licensed] [customer-experience|outsourcing] company [with offices in|serving clients from] {market_city} [since 2011|for over 12 years|since 2008], [supporting|working with] [airline, telco and banking clients|global software brands|retail and travel brands].",
                "Company overview: {cs_employer} ([company registration no. available on request|listed on {job_board}|member of the national contact centre association]) [employs|has] [1,200|800|2,500] [people|staff] in {market_city}.",
                "Who we are: [a contact centre|an outsourcing partner|a support team] for [international brands|travel and e-commerce clients|software companies]; [our office is at|you will work from our office at] [a Grade-A building|a BTS-connected tower|the business district] in {market_city}.",
                "About the role: [you will join|join] the [English|Asia-Pacific|regional] support team of {cs_employer} in {market_city}. [Office visits welcome before you accept an offer.|Meet the team during the final interview.|You can visit our office at any time.]",
                "Our company: {cs_employer} [has been|is] [Great Place to Work certified|ISO 27001 certified|rated 4.2 on employee reviews] [and|;] [pays by bank transfer on the 25th|payroll is handled locally|all staff are on local contracts].",
                "About {cs_employer}: [we are|a] [mid-sized|growing] [BPO|support centre] in {market_city}; [you can find us on|see our reviews on] {job_board} [and the national business register|and our website|and Google Maps].",
            ],
            "duties": [
                "Responsibilities: [answer|resolve] customer [emails and chats|calls and chats|tickets] [for a travel brand|for a software client|for an airline]; [log cases in Zendesk|document cases in Salesforce|update the CRM]; [escalate complex issues|meet quality and response-time targets].",
                "What you will do: [handle|own] [order, billing and delivery|account and technical] enquiries; [follow data-protection rules|protect customer data]; [work with the team lead|join weekly coaching sessions].",
                "Duties: [translate|localise] [help-centre articles|product documentation|marketing copy] into {lang_req}; [review|proofread] [colleagues' work|machine translation]; [keep the glossary up to date|work in memoQ or Trados].",
                "Key tasks: [first-line IT support|password resets and laptop set-up|troubleshooting Microsoft 365] for [staff|client users]; [record tickets in Jira Service Management|follow ITIL processes]; [on-site at the {market_city} office|rotating shifts, published one month ahead].",
                "The job: [plan and run|support] [social media campaigns|email campaigns|paid search] for [our clients|regional brands]; [report weekly KPIs|track results in Google Analytics]; [work with designers and account managers|present to clients monthly].",
                "Day to day: [help customers by chat and email|take inbound calls] in {lang_req}; [about 60 contacts per shift|a typical shift has 40-60 contacts]; [scripts only for compliance statements|you write your own replies using the knowledge base].",
            ],
            "requirements": [
                "Requirements: [good|strong] {lang_req} [(spoken and written)|(B2 or above)]; [diploma or degree|high-school diploma or above]; [6 months of customer service experience preferred|fresh graduates considered for the trainee track]; [valid work authorisation for the country|work permit sponsored for eligible candidates].",
                "Qualifications: [bachelor's degree|associate degree] [in any field|or equivalent experience]; [1-2 years in a contact centre|experience in support or hospitality]; [typing speed of 35 wpm|comfortable with CRM tools].",
                "What we look for: [clear communication|patience and empathy]; {lang_req} [at a professional level|fluency]; [willingness to work rotating shifts|availability for weekend shifts]; [references from previous employers|two professional references].",
                "You have: [a degree in languages or translation|a translation qualification or portfolio]; [2+ years of professional translation|proven localisation experience]; [a passing score on our translation test|attention to detail].",
                "Must have: [CompTIA A+ or equivalent|basic networking and Windows knowledge]; [1 year of helpdesk experience|experience supporting end users]; [right to work locally|eligible for an employment pass].",
                "Requirements: [1-3 years|2+ years] of [digital marketing|social media] experience; [Meta and Google Ads certifications a plus|portfolio of campaigns]; [analytical mindset|good Excel skills].",
            ],
            "pay": [
                "Salary: {market_pay} [paid monthly by bank transfer|paid on the 25th of each month], [plus social security|plus statutory benefits], [depending on experience|based on language level].",
                "Compensation: {market_pay}; [13th-month pay|annual bonus] [per local law|after probation]; [overtime paid at the legal rate|shift allowance for nights].",
                "Pay and hours: {market_pay}, [40 hours a week|five days a week], [two days off|weekends off or rotating days off]; [probation of 3 months|119-day probation].",
                "What we offer: {market_pay} [gross|before tax] [and|with] [health insurance from day one|group medical insurance] [and paid training|and a clear career path].",
                "[Salary range|Pay range]: {market_pay} [(published in line with our pay-transparency policy)|(final offer depends on the language assessment)].",
                "[Monthly salary|Base pay] {market_pay}; [experience in customer service is required for the upper band|starting rate for trainees at the lower end of the range].",
                "Package: {market_pay}, [provident fund|SSS, PhilHealth and Pag-IBIG|EPF and SOCSO] [contributions|as required by law], [paid leave|14 days annual leave].",
            ],
            "benefits": [
                "Benefits: [health insurance|group medical and dental]; [paid annual leave|15 days annual leave]; [transport allowance|shuttle from the BTS station]; [language allowance|learning budget].",
                "We offer: [a local employment contract|a written contract in English and the local language]; [statutory social security|pension contributions]; [paid training|2-week paid onboarding]; [hybrid work after 6 months|career progression to team lead].",
                "Perks: [free coffee and snacks|subsidised meals in the canteen]; [wellness programme|gym membership discount]; [relocation support for candidates from other provinces|help finding a room near the office].",
                "Also: [we sponsor work permits for eligible foreign candidates through the official process|visa sponsorship only after a signed offer, through the labour ministry]; [you keep your passport and documents at all times|we never hold staff documents].",
                "Other benefits: [night-shift differential|weekend allowance]; [performance bonus paid quarterly|annual salary review]; [employee assistance programme|mental health support].",
                "Why join us: [transparent pay|published salary bands]; [regular hours|schedules published a month ahead]; [a real office you can visit|an office in the CBD]; [no fees charged to applicants, ever|we never charge recruitment fees].",
            ],
            "apply": [
                "How to apply: [submit your CV|apply] through {job_board} [or email|or write to] {hr_email}. [Shortlisted candidates are invited to an online assessment and an interview at our office.|The process: assessment, two interviews, reference check, written offer.]",
                "To apply, [send|email] your CV and a short cover letter to {hr_email} [with the job title in the subject line|quoting the reference CS-{market_city}]. [We reply within 10 working days.|Only shortlisted candidates will be contacted.]",
                "Apply on {job_board}. [Our recruiters will never ask you for money or your bank details.|We do not charge fees at any stage.|We never recruit through Telegram or WhatsApp.] [Interviews at our office or on Microsoft Teams.|You will receive a written offer before any start date.]",
                "Applications: {job_board} [(closing date in 3 weeks)|(rolling basis)]. [Recruitment steps: language test, interview with HR, interview with the team lead.|Selection includes a typing and language test.]",
                "[Interested?|Ready to apply?] [Visit|Go to] {job_board} [and search for {cs_employer}|and upload your CV]. [Questions: {hr_email}.|You can also walk in to our office on weekdays 10:00-16:00.]",
                "Send your application to {hr_email} or apply via {job_board}. [Please do not send passport copies at this stage.|Documents are requested only after an offer is signed.|Beware of fake recruiters using our name.]",
            ],
            "hook": [
                "[We're hiring|Now hiring|Join us] in {market_city}! [{scam_role} roles|Support roles|CS agents] for {lang_req} speakers 🎧",
                "📢 {cs_employer} [is growing|is expanding] - [{scam_role}|customer support] [openings|vacancies] in {market_city}",
                "[Job alert|Career opportunity] 🔔 {lang_req}-speaking [support agents|{scam_role} staff] [needed|wanted] in {market_city}, [on-site|hybrid after training]",
                "[Looking for|Seeking] [friendly|patient] {lang_req} speakers [for|to join] [our support team|customer care] in {market_city} 😊",
                "[Bilingual?|Speak {lang_req}?] {cs_employer} [in|at] {market_city} [has|is opening] [new|20 new] [{scam_role}|support] seats",
                "[Hiring|Open roles]: {scam_role} at {cs_employer} ({market_city}) ✨",
            ],
            "contact": [
                "Apply on {job_board} 👉 search '{cs_employer}'",
                "[Details and application|Apply] [on|via] {job_board} [- no fees|- we never charge fees]",
                "[Email|Send your CV to] {hr_email} [📩|✉️]",
                "[Walk-in interviews|Open day] [this Saturday|every Wednesday] at our {market_city} office [- bring your CV|9am-3pm]",
                "[Apply at|More info at] {job_board}, [official channel only|we don't recruit via Telegram]",
                "[CV to|Questions?] {hr_email} [or|/] {job_board}",
                "[Link in bio|Apply via the link] [({job_board})|- {job_board}]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {
                "register": "formal",
                "slots": ["title", "about", "duties", "requirements", "pay", "benefits?", "apply"],
            },
            {"register": "formal", "slots": ["title", "pay", "duties", "requirements?", "apply"]},
            {"register": "formal", "slots": ["title", "about?", "requirements", "pay", "benefits", "apply"]},
            {"register": "formal", "slots": ["title", "duties", "pay", "benefits?", "apply"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "duties?", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "benefits?"]},
        ],
    },
}

# =========================================================================================== all_expenses_paid
FAMILIES["all_expenses_paid"] = {
    1: {
        "slots": {
            "title": [
                "[FREE|100% FREE] [flight|air ticket], visa and [hotel|accommodation] - {scam_role} [job|work] in {vague_place}",
                "[Work in|Job in|Fly to] {vague_place} - [everything paid|all expenses paid|zero cost to you] [by the company|by the employer]",
                "[Overseas job|Job abroad] with [free visa|free work visa] + [free ticket|free flight] + [free food|free board] ({scam_role})",
                "[No money needed|No cost|Zero expenses] to [start|travel|go abroad]: {scam_role} in {vague_place}",
                "{urgent}: [fly|travel|leave] {soon} to {vague_place} [- company pays all|- all paid|- free travel]",
                "[Free|Company-paid] relocation to {vague_place} for {scam_role} [staff|workers|agents] [({urgent})|]",
            ],
            "offer": [
                "We [pay|cover] [everything|all costs]: [round-trip|one-way] [air ticket|flight], [visa|work visa], [hotel|dorm] and [3 meals|all meals] [a day|daily]. [You don't spend one cent.|No money needed from you.|Just bring yourself.]",
                "The company [provides|gives]: [free flight|free air ticket] to {vague_place}; [free visa processing|visa on us]; [free accommodation|free room] [with aircon and wifi|near the office]; [free food|free canteen].",
                "[No visa needed|You don't need a work visa] - [come on a tourist visa|enter as a tourist], [we handle the rest|our team will fix your papers later|company processes permit after arrival].",
                "[Ticket|Flight] [booked|paid] by us, [airport pickup|driver waiting at the airport] [and transfer to the office|and car to the company|and transfer to the border office], [free dormitory|free housing] and [meals|food] [included|provided].",
                "[Everything|All] is [free|paid]: [travel|transport], [hotel on arrival|hotel first 3 nights], [dorm|housing], [meals|food], [SIM card|phone card]. [Salary is all yours to keep.|You save 100% of your salary.]",
                "[Free|Paid] [air ticket + visa + hotel|flight + housing + food] [for the whole contract|for 6 months|as long as you work with us]; [return ticket after contract|free ticket home after one year].",
            ],
            "process": [
                "Process: [short|quick] [video interview|online interview] [only|today]; [send passport photo|send passport copy]; [we book your flight|ticket issued] {soon}. [No face-to-face interview needed.|No need to meet.|No office visit needed.]",
                "Steps: [1) chat with HR 2) video call 3) we send the ticket|chat - video call - ticket]; [leave|depart] {soon}. [Fast process.|No waiting.|Very fast.]",
                "[Interview|Selection] [online only|by video call only], [result the same day|fast result], [ticket within|departure] {soon}.",
                "[Our driver|A car|Our staff] [will pick you up|meets you] [at Bangkok airport|at Suvarnabhumi|at the airport] and [take you|bring you] [to the office|to the company|to Mae Sot] [the same day|directly]. [Don't tell anyone about the job before you arrive.|Keep the offer private.]",
                "[Just|Only] [send|prepare] [your passport|passport and photo] - [we do all the paperwork|company prepares everything|HR handles the visa]. [Leave|Go] {soon}.",
                "[Confirm today|Reply today] and [fly|travel] {soon}; [no documents needed except passport|only passport needed]; [contract signed on arrival|contract given when you arrive].",
            ],
            "pay": [
                "Salary: {pay_high}, [no experience needed|experience not required|newcomers accepted].",
                "[Earn|Income] {pay_high} [and save all of it|and keep it all|with no expenses], [no experience needed|beginners welcome].",
                "{pay_high} [+ free travel|+ free board|+ free visa] - [no experience|no skills] [needed|required].",
                "[Pay|Salary] {pay_high} [from the first month|after 2 weeks training], [easy job|simple work], [no experience necessary|no experience OK].",
                "[Good salary|High salary] ({pay_high}) [for beginners|for anyone], [no experience|zero experience] [needed|OK].",
                "[Salary|Pay] [starts at|from] {pay_high}, [no degree needed|no experience required], [paid in USD|paid monthly].",
            ],
            "hook": [
                "✈️ [FREE TICKET|FREE FLIGHT] + [FREE VISA|VISA FREE] + [FREE HOTEL|FREE DORM] ✈️ [job in|work in] {vague_place}!",
                "[Want to go abroad|Dream of working abroad|Want to work overseas] [but no money|with zero money|for free]? [We pay everything!|Company pays all!|Everything FREE!]",
                "[Fly|Leave] {soon} to {vague_place} 🌏 [all expenses paid|everything paid|zero cost]",
                "{urgent}!! [Free flight|Free ticket] [to|for] {vague_place} [+ job|+ work] [+ free food & room|+ free board]",
                "[No visa?|No passport stamp?|No money?] [No problem!|It's OK!|Don't worry!] [We arrange everything|Company handles all] for [work|jobs] in {vague_place} 🔥",
                "[Free travel|Free trip] + [good job|high salary] [in|at] {vague_place} [- leave|- depart] {soon} ✅",
            ],
            "contact": [
                "[Message|DM|Contact] {handle_tg} [to book your seat|for your ticket|now]",
                "[WhatsApp|WA] {phone_wa} [- ticket ready|- fly soon|- fast process]",
                "[Add|Contact] {chat_id} [and send your passport photo|with your name and age]",
                "👉 [Telegram|TG] {handle_tg} [👈|✈️]",
                "[Book now|Apply now]: {chat_id}",
                "[Serious only|Only serious applicants]: {chat_id} [🙏|💯]",
                "[Inbox|PM] for [details|ticket] or [text|message] {chat_id}",
            ],
        },
        "slot_signals": {
            "title": ["free_travel_visa_board"],
            "offer": ["free_travel_visa_board"],
            "process": ["urgency"],
            "pay": ["high_pay_no_experience"],
            "hook": ["free_travel_visa_board"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "offer", "process", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay?", "offer", "process", "contact"]},
            {"register": "formal", "slots": ["title", "process", "offer", "contact"]},
            {"register": "formal", "slots": ["title", "offer", "pay", "process?", "contact"]},
            {"register": "chat", "slots": ["hook", "offer", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "process?", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "pay?"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Guest Services|Restaurant|Housekeeping] [Crew|Staff] - {cruise_line} [(contracts of 6-8 months)|(join the fleet)]",
                "[English Teacher|Assistant Language Teacher] - {teach_program} [(flight and housing provided)|(relocation package)]",
                "[Front Office|Food & Beverage|Spa] [Associate|Supervisor] - {overseas_employer} [Maldives|Dubai|Phuket] [(relocation provided)|]",
                "[Production Line Operator|Warehouse Associate|Line Cook] - [meals and dormitory provided|board and lodging provided] ({overseas_employer})",
                "[Kitchen|Bar|Deck] [Staff|Crew] [for|at] {cruise_line} - [apply through our approved manning agency|official recruitment]",
                "[Relocation package|International hire]: [Chef de Partie|Guest Relations Officer|Lifeguard] at {overseas_employer}",
            ],
            "offer": [
                "The package: [return flight at the start and end of the contract|economy flights to and from your home country]; [shared cabin|furnished shared apartment]; [meals on board|staff canteen]; [visa sponsorship through the official process|work visa processed by our immigration team after you sign the contract].",
                "Relocation: [the school|the board of education] [reimburses|pays] [your entry flight|the airfare] [after arrival|with the first salary]; [rent-free studio apartment|housing allowance]; [E-2 visa sponsorship|visa sponsorship] [once your documents are verified|after the signed contract].",
                "We [provide|offer]: [staff accommodation|shared staff housing] [on site|near the resort]; [duty meals|three meals on duty]; [annual flight home|one return ticket per year]; [visa and work permit arranged by our HR department|work permit sponsored by the employer].",
                "[Meals and dormitory|Board and lodging] [are provided|included] [at the factory site|near the warehouse]; [shared rooms of 4|rooms with 2-4 beds]; [transport to the site on the first day|bus from the city centre]; [everything in the written contract|terms listed in the contract].",
                "[Relocation support|Our relocation policy]: [one-way flight|flight] [paid by the employer|booked by HR] [after you accept a written offer|once the contract is signed], [temporary hotel for 14 days|two weeks of hotel], [help opening a bank account|help with registration].",
                "[Costs are paid by the employer, not the worker|Employer-paid]: [medical exam|visa fees|flights] [are reimbursed|are covered] [under our fair-recruitment policy|as required by the Maritime Labour Convention|per the ILO fair recruitment principles].",
            ],
            "process": [
                "Recruitment process: [online application|application on {job_board}]; [video interview with the department head|two interviews]; [skills test|practical assessment]; [reference and background checks|medical check by an approved clinic]; [signed contract|written offer] [before any travel|4-8 weeks before departure].",
                "Timeline: [applications close in 4 weeks|intake twice a year]; [interviews in person or by video|interviews in our regional office]; [contract signed before visa processing|offer letter, then visa]; [start date in 2-3 months|orientation in the next intake].",
                "How hiring works: [we only recruit through {job_board} and our licensed agencies|we recruit directly and through licensed agencies listed on our website]; [no agent fees|we never charge candidates]; [you will receive a written contract to review at home|you can take the contract to be checked].",
                "Selection: [CV screening|document check]; [interview|teaching demo] [with the school|with the hiring manager]; [criminal record check|apostilled degree]; [contract signed|placement confirmed] [before you book anything|before travel].",
                "[Onboarding|Pre-departure]: [medical exam|STCW basic safety training] [at an approved centre|paid by the company]; [orientation in your language|online orientation]; [travel booked by our crewing office|travel arranged by HR] [about 3 weeks before joining|after all documents are approved].",
                "[Apply|Applications] [via|on] {job_board}. [Expect the process to take 6-10 weeks.|The process takes about two months.] [Family can contact our HR office at any time.|You will have the address of your workplace in writing.]",
            ],
            "pay": [
                "Salary: [USD 1,400-1,900 per month plus gratuities|USD 1,200-1,600 per month] [according to the collective agreement|as per contract]; [experience in hotels or restaurants required|2 years of hospitality experience required].",
                "Pay: [KRW 2.2-2.7 million|JPY 250,000-300,000] per month [depending on qualifications|by pay grade]; [a degree and a TEFL certificate required|teaching certificate preferred].",
                "Salary: [AED 4,500-6,000|USD 900-1,300 plus service charge] [per month|monthly] [with overtime per labour law|plus tips]; [at least 1 year of experience|previous resort experience].",
                "Wage: [the statutory minimum wage plus overtime|hourly wage per the local collective agreement]; [48-hour week max|overtime paid]; [payslip every month|bank transfer].",
                "Compensation: [USD 2,200-2,800 per month|USD 1,800-2,400 per month] [for experienced candidates|by position]; [paid in the currency of the contract|paid monthly].",
                "Pay is [in line with the market|competitive for the region] [and listed in the offer|and written in your contract]: [base salary|basic wage], [service charge|allowances], [annual increment|performance review].",
            ],
            "hook": [
                "[Sail with us|Join our fleet|Work at sea] 🚢 {cruise_line} [is recruiting|is hiring] [crew|hospitality staff] - [flights covered|travel paid by the company]",
                "[Teach English abroad|Teach in Asia] 🍎 {teach_program}: [flight + housing|housing provided], [apply before the deadline|intake open now]",
                "[Hotel jobs abroad|Resort jobs] 🌴 {overseas_employer} [hiring|is hiring] [F&B|front office|spa] [staff|associates] - [relocation package|accommodation provided]",
                "[Factory job|Warehouse work] [with meals and dorm|with board and lodging] ✅ [legal contract|written contract], [no fees|zero recruitment fees]",
                "[Now recruiting|Open intake] - [{cruise_line}|{overseas_employer}] [international roles|jobs abroad] [with relocation support|travel paid by employer] 🌏",
                "[Career abroad?|Thinking of working overseas?] {overseas_employer} [has|posts] [openings|vacancies] [with accommodation|with housing]",
            ],
            "contact": [
                "Apply [only|only via] [on|through] {job_board} [- no agent fees|- we never charge fees]",
                "[Details|Full job description] on {job_board} [📄|✅]",
                "[Questions?|Enquiries:] {hr_email}",
                "[Info sessions|Recruitment day] [at our office|at the hotel school] [on Saturday|next week] [- see {job_board}|]",
                "[Apply via|Applications:] {job_board} [or|/] {hr_email}",
                "[Official applications only via|Only apply through] {job_board} [🔗|- beware of fake agents]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "offer", "process", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "offer", "process", "contact"]},
            {"register": "formal", "slots": ["title", "process", "offer", "contact?"]},
            {"register": "formal", "slots": ["title", "offer", "pay", "process?", "contact"]},
            {"register": "chat", "slots": ["hook", "offer", "contact"]},
            {"register": "chat", "slots": ["hook", "pay?", "process", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "pay?"]},
        ],
    },
}

# =========================================================================================== acting_modelling
FAMILIES["acting_modelling"] = {
    1: {
        "slots": {
            "title": [
                "[Casting Call|CASTING|Audition]: [lead role|supporting role|new faces] for a [Thai|international|big budget] [film|TV drama|web series] [shooting in|filmed in] {vague_place}",
                "[Models|Male and female models|Fresh faces] [wanted|needed] for [a magazine cover|a brand campaign|fashion shoot] in {vague_place} [- all expenses paid|- free travel]",
                "[Live-stream hosts|Streamers|Online hosts] wanted [abroad|overseas] - {vague_place} [studio|base] [({pay_high})|]",
                "[Actors|Actresses|Extras] [needed|wanted] [urgently|{soon}] for [a movie|a drama] [with a famous director|produced by a major studio] in {vague_place}",
                "[Brand ambassador|Influencer|Promotion model] [job|role] in {vague_place} - [no experience|new faces welcome]",
                "[Film shooting|Movie project] in {vague_place}: [we need|looking for] [new actors|young talents|fresh faces] [age 18-30|age 20-35]",
            ],
            "pitch": [
                "I am a [casting coordinator|casting director's assistant|producer] [working with|representing] [a famous production company|a top studio|a big entertainment company] in {vague_place}. [We saw your photos|Your profile fits the role|You have the look we want].",
                "[The role|This role] [is perfect for you|suits your face]. [No audition needed, just a video call.|No audition - director already chose you from your photos.|Self-tape only, no studio visit.]",
                "[Shooting|Filming] [starts|begins] {soon} in {vague_place}; [the crew will pick you up|our driver will collect you] [at the airport|from Bangkok airport] and [take you to the set|drive you to the location near the border].",
                "[Payment|Fee]: {pay_high} [for 2 weeks of filming|per project|for the shoot], [flight and hotel covered|all travel paid], [contract given on set|contract after arrival].",
                "[This is a big chance|Your big break|Opportunity of a lifetime] to [become famous|start your career|work with stars]. [Keep it confidential until the announcement.|Don't share details with others, the project is secret.|Don't post about it yet.]",
                "[We cover|Company covers] [your ticket|your flight], [hotel|accommodation] and [meals|food]; [you only need a passport|bring your passport]. [Director will meet you at the location.|The set is a few hours from the airport.]",
            ],
            "hook": [
                "🎬 [CASTING|AUDITION] [NOW|OPEN] 🎬 [actors|models|hosts] for [a film|a drama|live-stream] in {vague_place}!",
                "[Want to be|Dream of being] [an actor|a model|famous]? ⭐ [Casting|Role] in {vague_place} [- fly {soon}|- all paid]",
                "[Hi dear|Hello beautiful|Hi handsome], [we are casting|I'm casting] for [a movie|a big drama] in {vague_place} 🎥",
                "[NEW FACES|FRESH TALENT] [WANTED|NEEDED] 📸 [magazine cover|brand shoot|TV role] [abroad|overseas] [{urgent}|]",
                "[Live-stream hosts|TikTok hosts|Online streamers] [wanted|needed] in {vague_place} 💃 [{pay_high}|big income]",
                "[Famous director|Big studio] [looking for|needs] [new actors|fresh faces] 🎬 [shooting|filming] in {vague_place}",
            ],
            "contact": [
                "[Contact|Message|Add] [the casting coordinator|the casting director's assistant|our coordinator] [on|via] {chat_id}",
                "[Send|DM] [3 photos|your photos] [and a short video|+ intro video] to {handle_tg}",
                "[Add|Contact] {chat_id} [for the script|to receive the script|for role details]",
                "👉 [WeChat|WhatsApp] {chat_id} [🎬|⭐]",
                "[Inbox|PM] me [your photos|your profile] or [text|message] {phone_wa}",
                "[Casting team|Our coordinator]: {chat_id} [- reply fast|- today only]",
            ],
        },
        "slot_signals": {
            "title": ["acting_modelling_abroad"],
            "pitch": ["acting_modelling_abroad"],
            "hook": ["acting_modelling_abroad"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "pitch", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch", "pitch?", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch?", "contact", "pitch"]},
            {"register": "chat", "slots": ["hook", "pitch", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
            {"register": "chat", "slots": ["hook", "pitch?", "contact", "pitch?"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Open Casting|Open Call|Audition Notice]: [supporting roles|ensemble|background actors] for [a feature film|a TV series|a stage production] - {agency}",
                "{agency} [is casting|casts] [models|commercial talent] [for|aged 18+ for] [a retail campaign|a skincare commercial|a catalogue shoot]",
                "[Hosts|Presenters] wanted for [a travel show|an online shopping channel|a sports programme] - {agency} [({market_city})|]",
                "[Audition|Casting] - [musical theatre|short film|student film] [roles|parts], {agency}",
                "[Extras|Background actors] needed for [a period drama|a commercial|a music video] ({agency}) [- paid|- day rate]",
                "[Model search|Talent search] [2025|this season] - {agency}, [open call|walk-in casting]",
            ],
            "pitch": [
                "Auditions [take place|are held] at {public_address} [on Saturday 10:00-16:00|next weekend|on the dates listed below]. [Bring a headshot and ID.|Bring a printed CV and headshot.|Prepare a one-minute monologue.] [Parents must accompany applicants under 18.|Under-18s need a guardian's consent.]",
                "[There is no fee to audition.|Auditions are free.|We never charge fees for castings, photos or training.] [If anyone asks you for money in our name, report it.|Genuine agencies do not ask for upfront payment.|Please ignore anyone asking for payment.]",
                "[Shoot dates|Filming]: [two days in {market_city}|three days on location in {market_city}] [next month|in the spring]; [day rate paid under the union agreement|usage fee and day rate in the contract]; [contract signed before the shoot|written contract through the agency].",
                "[Travel for the shoot|Location travel] [is booked by the production office|is arranged by the production], [itinerary shared with your agent|call sheet sent 48 hours before], [and you can bring a chaperone|and a guardian may travel with minors].",
                "[Self-tapes|Video submissions] [accepted through our website|can be uploaded on our casting portal]; [callbacks in person at|final round at] {public_address}.",
                "[Requirements|We look for]: [age 18-35|all ages, all backgrounds]; [no experience needed for extras|some acting experience for speaking roles]; [right to work in the country|local residents or valid work visa].",
            ],
            "hook": [
                "🎬 [Open casting|Open call] this [Saturday|weekend] at {public_address}! [Free to attend|No fee]",
                "[{agency} is casting|Casting now] 📸 [models for a campaign|extras for a film|hosts for a TV show] - [auditions in person|walk-in welcome]",
                "[Calling all actors|Actors wanted] 🎭 [{agency}|Our agency] [open call|audition] [in {market_city}|at our studio], [free|no fees ever]",
                "[Want to be on screen?|Love acting?] [Audition|Casting] [at|in] {public_address} ⭐ [bring your headshot|bring ID]",
                "[Student film|Short film|Music video] [casting|auditions] 🎥 [by|with] {agency} - [paid day rate|paid roles]",
                "[Model search|New faces day] at {agency} 💫 [no fees|free entry], [guardians welcome|under-18 with a parent]",
            ],
            "contact": [
                "[Register|Sign up] on [our website|the {agency} website] [or email|or write to] {hr_email}",
                "[Info|Details]: {hr_email} [- we never charge fees|- free audition]",
                "[Walk in at|Come to] {public_address} [with your CV|with a headshot]",
                "[Office|Studio] address: {public_address} [(open Mon-Fri)|(weekdays 10-6)]",
                "[Apply|Submit] [via|on] our casting portal or {hr_email} [📩|✅]",
                "[Book an audition slot|Reserve a slot] [through {hr_email}|on the agency website] [🎭|]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "pitch", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch", "pitch?", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch", "contact"]},
            {"register": "formal", "slots": ["title", "pitch?", "contact", "pitch"]},
            {"register": "chat", "slots": ["hook", "pitch", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
            {"register": "chat", "slots": ["hook", "pitch?", "contact", "pitch?"]},
        ],
    },
}

# =========================================================================================== casino_gambling
FAMILIES["casino_gambling"] = {
    1: {
        "slots": {
            "title": [
                "[Online Casino|Online Gaming|Betting Platform] [Customer Service|CS Agent|Chat Support] - {scam_hub}",
                "[Baccarat|Casino|Live Casino] [Dealer|Host|Game Presenter] wanted in {vague_place} [(no experience)|- we train you]",
                "[Gaming company|Online game company] [hiring|recruiting] [{lang_req}|{lang_req}-speaking] [agents|staff] - {vague_place}",
                "[POGO-style|Offshore gaming|Online betting] [company|operator] [needs|hiring] [typists|CS|marketing staff] [in|near] {scam_hub}",
                "[Casino marketing|Player recruitment|VIP agent] [job|position] in {vague_place} [- high commission|- {pay_high}]",
                "[Live dealer|Online croupier] ({lang_req}) [- Cambodia|- Myanmar|- Laos] [casino|resort] [{urgent}|]",
            ],
            "body": [
                "Job: [chat with|serve|attract] [players|VIP members|customers] of our [online casino|betting site|gaming platform]; [recharge and withdrawal support|handle deposits and withdrawals|invite new players to deposit]; [use the scripts provided|follow the daily target].",
                "[The company is|We are] [an online gaming|a gambling] [company|platform] [inside a casino zone|in a special economic zone] [in|near] {scam_hub}; [licence from a local authority|we have our own security|company has its own compound].",
                "[Baccarat and roulette|Live casino] [dealing|hosting] [on camera|for online players]; [training 2 weeks|we teach dealing]; [shifts 12 hours|long shifts, day and night]; [must look good on camera|good appearance].",
                "Your job: [find new players|bring players] on [Facebook, Telegram and WhatsApp|social media groups]; [commission on every deposit|bonus for each player's deposit]; [targets every day|daily KPI].",
                "[Work|Working] [place|location]: [casino building|gaming office] [near|at] {scam_hub}; [live inside the compound|dormitory in the same building]; [food provided|canteen inside].",
                "[Typing|Chatting] for [our gaming app|the betting platform]: [reply to members|manage member accounts|post promotions] in {lang_req}; [no experience needed|anyone can learn].",
            ],
            "pay": [
                "Salary: {pay_high} + [commission on player deposits|% of deposits|VIP bonus]; [no experience needed|no experience required|newcomers welcome].",
                "[Income|Pay] {pay_high} [plus tips|plus high commission], [no dealer experience|no experience] [required|needed].",
                "[Salary|Basic] {pay_high}, [paid in USDT or cash|paid in USD cash], [no experience|zero experience] [OK|needed].",
                "[Earn|Make] {pay_high} [as a beginner|from day one], [free dorm and meals|food and housing free], [no experience necessary|experience not needed].",
                "{pay_high} [+ bonus|+ commission] [every month|monthly] - [no experience|freshers] [welcome|needed].",
                "[High salary|Very high income] ({pay_high}) [for dealers and CS|for all positions], [we train from zero|no experience needed].",
            ],
            "hook": [
                "🎰 [CASINO JOBS|GAMING JOBS] in {vague_place} 🎰 [dealer / CS / marketing|CS and typists]",
                "[Online casino|Betting company] [hiring|needs] [{lang_req} speakers|CS] [{urgent}|NOW] 💰",
                "[Want to be a dealer?|Dealer job!|Casino work!] [{scam_hub}|{vague_place}] [- no experience|- training free] 🃏",
                "[Big company|Gaming platform] [in|near] {scam_hub} [needs|is recruiting] [typists|CS agents] [🔥|💵]",
                "[Earn|Make] [big|good] [money|income] [at a casino|in gaming] [abroad|overseas] 🎲 {urgent}",
                "[Hiring|Recruiting] [baccarat dealers|game hosts|gaming CS] - {vague_place} 🎰",
            ],
            "contact": [
                "[Contact|Message] HR [on Telegram|via Telegram] {handle_tg}",
                "[WhatsApp|WA] {phone_wa} [🎰|💰]",
                "[Add|Contact] {chat_id} [for details|now]",
                "[Apply|Message] {handle_tg} [with your photo|with your age and nationality]",
                "👉 {chat_id} [👈|📲]",
                "[DM|Inbox] [me|us] or {chat_id}",
            ],
        },
        "slot_signals": {
            "title": ["gambling_work"],
            "body": ["gambling_work"],
            "pay": ["high_pay_no_experience"],
            "hook": ["gambling_work"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact", "pay?"]},
            {"register": "formal", "slots": ["title", "body", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "body?", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "pay?"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Table Games Dealer|Croupier|Dealer Trainee] - {casino_resort}",
                "[Guest Services|Cage Cashier|Slot Attendant] [Associate|Officer] at {casino_resort}",
                "[Responsible Gaming|Compliance|Surveillance] [Officer|Analyst] - {casino_resort}",
                "[Casino Host|VIP Services Executive|Player Development Coordinator] - {casino_resort}",
                "[Dealer Academy|Dealer training programme] [intake|applications] - {casino_resort}",
                "[Food & Beverage|Hotel Front Desk] [Associate|Attendant] - {casino_resort} [resort|integrated resort]",
            ],
            "body": [
                "About the role: [deal blackjack, baccarat and roulette|run table games] [according to house procedures|following gaming regulations]; [protect game integrity|report irregularities to surveillance]; [provide excellent guest service|interact with guests courteously].",
                "[Licence|Licensing]: [successful candidates must obtain a gaming employee licence from|all staff are licensed by] {regulator}; [the company pays the licence fee|licence costs are paid by the employer]; [background check required|criminal record check].",
                "[Training|Our dealer school]: [paid 8-week training|6-12 weeks of paid training] at [our academy|the resort]; [assessment before going live|practical exam at the end]; [no experience needed for the trainee intake|we train beginners].",
                "Requirements: [age 21 or above|minimum legal age for gaming work]; [right to work in the country|citizenship or permanent residence for licensed roles]; [good arithmetic|customer-service experience]; [able to work rotating shifts|weekends and nights].",
                "[Responsibilities|Duties]: [assist guests with cash exchanges|handle cage transactions] [under anti-money-laundering procedures|following AML and KYC rules]; [promote responsible gambling|refer guests to responsible gaming resources].",
                "[Working conditions|Hours]: [40 hours a week on a published roster|rotating 8-hour shifts]; [uniform provided|free staff meals]; [employee shuttle|transport allowance]; [collective agreement|union representation].",
            ],
            "pay": [
                "Pay: [local market rate|hourly rate per the collective agreement] [plus tips (tokes) shared per policy|plus shift differential]; [paid fortnightly|paid monthly].",
                "Compensation: [competitive base salary|salary in line with the market] [plus annual bonus|plus service charge], [medical cover|health insurance], [paid annual leave|leave per labour law].",
                "[Salary|Wage] [during training|for trainees] [at the published trainee rate|paid in full], [rising on qualification|increasing after certification].",
                "What we offer: [a written contract|a permanent contract], [pension contributions|retirement plan], [staff meals|meal allowance], [career paths into supervision|promotion to inspector and pit boss].",
                "[Package|Benefits]: [salary by experience|base pay by grade], [health and dental|medical insurance], [employee discounts|hotel discounts], [paid training|paid onboarding].",
                "[Pay and benefits|Rewards] are [listed in the offer|explained at interview]; [no fees are charged to applicants|we never charge recruitment fees].",
            ],
            "hook": [
                "🃏 [Dealer Academy|Dealer school] [open|now open] at {casino_resort} - [paid training|we pay you while you train]",
                "[We're hiring|Join us] at {casino_resort} 🎲 [dealers|cage cashiers|slot attendants] [- licensed roles|- full-time]",
                "[Career in gaming?|Want to work in a resort?] {casino_resort} [is recruiting|hiring] - [apply on {job_board}|official site only]",
                "[Recruitment day|Job fair] at {casino_resort} [this Saturday|next week] 🎰 [bring your CV|walk-in interviews]",
                "[Licensed casino|Regulated resort] jobs ✅ [{casino_resort}|at {casino_resort}] [needs|seeks] [dealers|hosts] [21+|with right to work]",
                "[Table games|Guest services] [careers|roles] at {casino_resort} - [licensed by {regulator}|regulated employer] ✨",
            ],
            "contact": [
                "Apply on {job_board} [- no fees|- official applications only]",
                "[Careers|Apply at] {job_board} [🔗|✅]",
                "[Questions:|Enquiries to] {hr_email}",
                "[Walk-in interviews|Open day] at [the resort's HR office|the staff entrance] [Mon-Fri 10:00-16:00|on Saturday]",
                "[Apply via|Applications:] {job_board} or {hr_email}",
                "[More info|Job details] on {job_board} [📄|🎲]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact", "pay?"]},
            {"register": "formal", "slots": ["title", "body", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "body?", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "pay?"]},
        ],
    },
}

# =========================================================================================== task_scam
FAMILIES["task_scam"] = {
    1: {
        "slots": {
            "title": [
                "[Part-time|Online part-time|Flexible] job: [like videos|rate products|boost orders] and earn {pay_daily}",
                "[Work from phone|Phone job|Mobile job] - [simple tasks|easy tasks], {pay_daily} [paid daily|daily payout]",
                "[Product boosting|App optimization|Order rating] [assistant|agent] [wanted|needed] [- {pay_daily}|]",
                "[Earn|Make] {pay_daily} [in 30 minutes a day|in your free time|from home] - [{task_platform}|our platform]",
                "[Hotel review|Movie rating|YouTube like] [job|tasks] - [commission per task|paid per click]",
                "[Merchant data|E-commerce data] [optimization|boosting] [job|part-time] [at|with] {task_platform}",
            ],
            "body": [
                "[Hello|Hi], I am [Linda|Sophie|Kevin|Anna] from [HR of|the recruitment team of] {task_platform}. [Your number was recommended|We got your CV from a job site|You were selected] for [a part-time job|an online job]. [Are you interested?|Do you have 30 minutes a day?]",
                "[How it works|The job]: [complete|finish] [30|40|38] [tasks|orders|ratings] [per set|a day] [on the app|on the platform]; [each task pays|commission] [0.5%-5%|$1-$5]; [withdraw|cash out] [every day|after each set].",
                "[Sometimes|Occasionally] you [get|receive] a [combo order|lucky order|premium task] [with triple commission|with 5x commission]; [to complete it|to unlock it] [top up|recharge|deposit] [your account|the balance] with {crypto}. [The money returns with commission.|You get it all back plus profit.]",
                "[Start with|First] a [trial task|test task] [and get|to receive] [$10-$30|5 USDT|a bonus] [immediately|in minutes]. [Proof of payment from other members in our group.|Many members earned thousands.|See screenshots of payouts.]",
                "[Just|Only] [like|follow|rate] [videos|products|hotels] [on TikTok|on YouTube|on the app] and [send a screenshot|send us proof]; [we pay|you earn] [per task|for each screenshot] [via bank transfer|in {crypto}|instantly].",
                "[Join|Enter] our [Telegram|WhatsApp] [group|channel] [for daily tasks|to receive tasks]; [the receptionist|the mentor] [will guide you|teaches you]; [VIP levels|higher levels] [give more commission|need a bigger deposit].",
            ],
            "pay": [
                "[Earn|Income] {pay_daily}, [no experience needed|no skills required], [anyone with a phone can do it|just need a smartphone].",
                "[Daily salary|Daily pay] {pay_daily} [+ bonus|+ commission], [no experience|zero experience] [needed|required].",
                "[Commission|Pay] [paid daily|withdraw daily]: {pay_daily} [for 1-2 hours|part-time] - [no experience|beginners OK].",
                "{pay_daily} [from home|with your phone], [no experience|no investment at the beginning], [flexible time|anytime].",
                "[Payment|Earnings] {pay_daily} [directly to your account|in {crypto}|to your e-wallet], [no experience required|no CV needed].",
                "[Easy money|Simple income]: {pay_daily}, [students and housewives welcome|no experience], [work anytime|no boss].",
            ],
            "hook": [
                "💸 [Part-time job|Online job] [{pay_daily}|earn daily] [just with your phone|from home] 📱",
                "[Hi! Are you looking for a job?|Hello dear, want extra income?|Good day! Interested in part-time work?] 😊",
                "[LIKE|RATE|REVIEW] & [EARN|GET PAID] 💰 [{pay_daily}|daily commission]",
                "[No experience needed|Easy tasks] 👉 [{pay_daily}|daily pay] [🔥|💯]",
                "[Work 30 min a day|10-30 min daily] [and earn|= ] {pay_daily} ✅",
                "[Tasks available today|New tasks today] [on|at] {task_platform} 🚀 [commission per click|paid per order]",
            ],
            "contact": [
                "[Add|Message] [my|our] [WhatsApp|Telegram] {chat_id} [to start|for the first task]",
                "[Join|Enter] our [Telegram group|channel] {handle_tg}",
                "[Reply|Send] 'YES' [and|to] [contact|message] {chat_id}",
                "👉 [Receptionist|Mentor|Coordinator]: {chat_id}",
                "[WA|WhatsApp] {phone_wa} [to claim your bonus|for the trial task]",
                "[Click|Tap] [t.me/easyjob_asia_88|the link] [or|/] [add|contact] {handle_tg}",
            ],
        },
        "slot_signals": {
            "title": ["task_commission"],
            "body": ["task_commission"],
            "pay": ["high_pay_no_experience"],
            "hook": ["task_commission"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact"]},
            {"register": "formal", "slots": ["title", "body", "pay?", "contact"]},
            {"register": "chat", "slots": ["hook", "body", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "body?"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Part-time|Flexible] [Data Annotator|Data Labelling Associate] - {remote_company} [(remote)|(hybrid)]",
                "[Survey|Market research] [Interviewer|Panel Coordinator] - [part-time|flexible hours], {remote_company}",
                "[Retail Assistant|Store Associate|Cashier] [part-time|weekend shifts] - {remote_company} [{market_city}|store]",
                "[Search quality rater|Ads quality evaluator|Content reviewer] [part-time|10-20 hours/week] - {remote_company}",
                "[Product tester|User research participant] - [paid sessions|paid study] by {remote_company}",
                "[Mystery shopper|Store auditor] [part-time|flexible] - {remote_company}, [contract via agency|registered provider]",
            ],
            "body": [
                "[About the job|Role overview]: [label images and text|annotate audio clips|tag product data] [for machine-learning projects|for our AI team] using [our in-house tool|Label Studio]; [quality checks on every batch|guidelines and training provided].",
                "[How we work|Process]: [apply|register] on {job_board}; [pass a qualification test|complete a paid training module]; [sign a contractor agreement|sign an employment contract]; [tasks assigned weekly|choose shifts in the app].",
                "[Pay is|You are paid] [hourly, not per click|per hour worked], [invoiced monthly|through payroll]; [you never pay anything to start|no deposit, fee or purchase is ever required]; [we pay you, never the other way round|no top-ups, no crypto].",
                "[Duties|Tasks]: [conduct phone surveys from a script approved by the ethics board|recruit survey respondents]; [record answers accurately|follow data protection rules]; [attend a 2-hour paid briefing|training on interviewing].",
                "[Store duties|Shift tasks]: [serve customers|operate the till|restock shelves] [at our {market_city} store|in store]; [weekend and evening shifts|minimum 12 hours a week]; [uniform provided|staff discount].",
                "[Research sessions|Studies] [last 45-60 minutes|take about an hour] [over video call|at our lab]; [participants receive a gift card or bank transfer|incentive paid after the session]; [consent form explains how your data is used|you can withdraw at any time].",
            ],
            "pay": [
                "[Rate|Pay]: {remote_pay} [depending on project|by task type], [paid monthly|paid every two weeks].",
                "[Pay|Hourly rate]: [local minimum wage or above|above minimum wage] [plus holiday pay|with paid breaks]; [payslips every month|paid through payroll].",
                "[Compensation|Pay]: {remote_pay}; [no fees or deposits required|you never pay to work with us].",
                "[Incentive|Payment] [per session|for participation]: [$40-$75 gift card|USD 50 by bank transfer], [paid within 10 days|paid after the session].",
                "[Earnings|Pay] [of|around] {remote_pay} [for experienced raters|after training], [hours are flexible but capped|up to 20 hours a week].",
                "[Salary|Pay] [per the published rate card|as listed on {job_board}]: {remote_pay}.",
            ],
            "hook": [
                "[Part-time data labelling|Flexible AI training work] at {remote_company} 🧠 [hourly pay|paid per hour] [- apply on {job_board}|]",
                "[Weekend shifts|Part-time roles] [at|in] our [{market_city}|city] store 🛍️ [apply in store or online|apply via {job_board}]",
                "[Paid research study|User study] 📋 [45 min|60 min], [gift card|bank transfer] [for participants|incentive] - {remote_company}",
                "[Hiring|We're hiring] [survey interviewers|market research interviewers] 📞 [part-time|flexible], [paid training|hourly pay]",
                "[Side job?|Looking for part-time?] {remote_company} [has|posts] [annotation|rater] [roles|projects] [on {job_board}|- no fees]",
                "[Flexible hours|Work around your studies] ✅ [data annotation|survey work|retail shifts] [with|at] {remote_company}",
            ],
            "contact": [
                "Apply on {job_board} [✅|🔗]",
                "[Questions|Info]: {hr_email}",
                "[Sign up|Register] [on|at] {job_board} [- we never ask for deposits|- no fees]",
                "[Apply in store|Ask at the counter] [or|/] {job_board}",
                "[Details|Application] [on|via] {job_board} or {hr_email}",
                "[Read the FAQ|See pay rates] on {job_board} [📄|]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact"]},
            {"register": "formal", "slots": ["title", "body", "pay?", "contact"]},
            {"register": "chat", "slots": ["hook", "body", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "contact", "body?"]},
        ],
    },
}

# =========================================================================================== advance_fee
FAMILIES["advance_fee"] = {
    1: {
        "slots": {
            "title": [
                "[Job offer|Employment offer|Work permit job] in {vague_place} - [{scam_role}|factory|hotel] [positions|vacancies] ({pay_high})",
                "[Guaranteed|100% guaranteed] [job|placement] [abroad|overseas] [in|for] {vague_place} [- processing fee only|- small fee]",
                "[Congratulations|Selected]: [your application|your CV] [has been approved|was shortlisted] for {scam_role} in {vague_place}",
                "[Visa sponsorship|Work visa] + [job|employment] in {vague_place} [- pay after arrival|- fast processing]",
                "[Overseas recruitment|Agency recruitment] [open|{urgent}]: {scam_role} [in|to] {vague_place}",
                "[Fast-track|Express] [employment|job] [visa|permit] for {vague_place} [({urgent})|]",
            ],
            "fee": [
                "[To secure your slot|To confirm your position|To reserve the job], [pay|send] [a processing fee|a registration fee|an agent fee] of {fee_small} [by bank transfer|via Western Union|in {crypto}] [today|{soon}].",
                "[Training fee|Uniform and starter kit|Medical and insurance] ({fee_small}) [must be paid before departure|is paid by the candidate|is non-refundable]; [it will be deducted back|you get it back] [from your first salary|after one month].",
                "[Visa fee|Work permit fee|Embassy fee] {fee_small} [is your only cost|payable to our agent|paid in advance]; [flight is free after that|the company pays the rest|everything else is free].",
                "[Pay|Transfer] {fee_small} [for the certificate|for the training course|for document verification] [before the interview|to receive your contract|to start].",
                "[Because of many applicants|Due to high demand], [a refundable deposit|a security deposit] of {fee_small} [is required|must be paid] [to hold your seat|to book your ticket].",
                "[Agent commission|Placement fee]: {fee_small} [now|upfront] [and the rest|and the balance] [from your salary|after arrival]. [No fee, no processing.|Payment first, then contract.]",
            ],
            "docs": [
                "[Send|Submit] [a copy of your passport|your passport photo page], [your bank account number|bank card details] and [ID card|a selfie holding your ID] [for the contract|to register your salary account].",
                "[We need|Required]: [passport (original will be kept by the company for the visa)|original passport to be handed to our agent]; [bank details|bank login] for [salary payment|payroll]; [2 photos|recent photo].",
                "[For payroll|For salary], [send|provide] [your full name, date of birth|your ID number], [bank name and account|card number and expiry date] [today|now].",
                "[Upload|Send] [passport scan|passport photo], [birth certificate|national ID] and [bank statement|proof of funds] to {handle_tg} [to start processing|for the visa].",
                "[Your passport will be kept|Passports are kept] [by HR|by the company] [for safety|for the work permit] [during the contract|until the visa is ready]; [bring it to our agent|hand it over on arrival].",
                "[To receive the offer letter|Before the contract], [share|send] [your bank account and the OTP code|your mobile banking details] [for verification|to confirm your identity].",
            ],
            "hook": [
                "[Guaranteed job|100% job] [abroad|overseas] ✈️ [only|just] {fee_small} [processing|fee]",
                "[Fast visa|Express visa] + [job|work] in {vague_place} 🔥 [pay small fee|small fee only]",
                "[Congrats|Good news]! [You are selected|You passed] for [the job|the position] in {vague_place} 🎉",
                "[Work abroad|Overseas job] [{urgent}|{soon}] - [pay {fee_small}|registration {fee_small}] [and fly|then fly]",
                "[Last slots|Few slots] for {vague_place} [jobs|work] ‼️ [deposit|reservation fee] [needed|required]",
                "[Agency|Our agency] [can send you to|has jobs in] {vague_place} 🌏 [small fee|low fee], [high salary|{pay_high}]",
            ],
            "contact": [
                "[Pay and send proof to|Send payment slip to] {handle_tg}",
                "[WhatsApp|WA] {phone_wa} [for bank details|for payment info]",
                "[Contact our agent|Message the agent] {chat_id}",
                "[DM|Inbox] {handle_tg} [with your passport copy|with passport photo]",
                "👉 {chat_id} [to pay the fee|to reserve]",
                "[Agent|Coordinator]: {chat_id} [- pay today|- {urgent}]",
            ],
        },
        "slot_signals": {
            "fee": ["upfront_fee"],
            "docs": ["passport_bank_details"],
            "hook": ["upfront_fee"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "fee", "docs", "contact"]},
            {"register": "formal", "slots": ["title", "docs", "fee", "contact"]},
            {"register": "formal", "slots": ["title", "fee", "docs?", "contact"]},
            {"register": "formal", "slots": ["title", "docs", "contact", "fee?"]},
            {"register": "chat", "slots": ["hook", "fee", "contact"]},
            {"register": "chat", "slots": ["hook", "docs", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Registered Nurse|Care Assistant|Electrician] - [overseas placement|international recruitment] with {overseas_employer}",
                "[Hotel|Resort|Construction] [jobs|roles] in [Dubai|Singapore|the UK] - [employer-paid recruitment|zero-fee recruitment] ({overseas_employer})",
                "[Welder|Heavy Vehicle Driver|Chef] [- work permit sponsored|- visa sponsored by employer] - {overseas_employer}",
                "[Fair recruitment|Ethical recruitment]: [hospitality|healthcare|engineering] [vacancies|roles] at {overseas_employer}",
                "[Sponsored|Employer-sponsored] [work visa|employment pass] [roles|positions] - {overseas_employer}",
                "{overseas_employer} [is recruiting|recruits] [skilled workers|experienced staff] [abroad|from overseas] [- no fees|]",
            ],
            "fee": [
                "[We never charge fees.|No fees are charged to candidates at any stage.|Recruitment is free for candidates.] [Visa, medical and flight costs are paid by the employer.|The employer pays all recruitment and visa costs.|Costs are paid by the employer in line with the ILO fair recruitment principles.]",
                "[Please note|Important]: {overseas_employer} [and its licensed agents|and our partner agencies] [will never ask you for money|never ask for payment] [for a job, training, uniform or visa|at any step]. [Report anyone who does.|If someone asks, it is a scam.]",
                "[Onboarding|Training and uniforms] [are paid by the company|are provided free]; [the medical check is booked and paid by us|pre-employment medical is at our cost].",
                "[Our licensed recruitment partner|The agency] ([licence number on our website|listed with the labour ministry]) [charges the employer, not you|is paid by the employer].",
                "[There is no deposit, no registration fee and no placement fee.|No money is required from you.] [Your salary is yours, with no deductions for recruitment.|Nothing is deducted from your salary for recruitment.]",
                "[Costs covered by the employer|Employer-paid]: [visa|work permit], [flight|air ticket], [first month of housing|temporary accommodation] [- as written in your contract|- stated in the offer letter].",
            ],
            "docs": [
                "[Documents|Paperwork]: [we ask for passport and bank details only after you sign a written offer|passport copy is requested only after the offer is signed], [through our secure HR portal|by our HR department, never by chat].",
                "[You keep your passport at all times|Your passport stays with you]; [the employer never holds identity documents|we do not retain passports].",
                "[After the offer|Once you accept], HR [will ask for|collects] [qualification certificates|degree and licence] [for verification|for the visa application] [via the official portal|in person at our office].",
                "[Bank details|Salary account details] [are collected on your first day|are entered by you in the payroll system] [- never send banking passwords or codes to anyone|- we never ask for OTP codes].",
                "[The recruitment steps are|Process]: [application|online application], [interview|two interviews], [written offer|offer letter], [then|and only then] [document collection|visa paperwork].",
                "[Background check|Reference check] [with your consent|after you consent in writing]; [documents uploaded to our HR system|handled by our HR team in person].",
            ],
            "hook": [
                "[Zero-fee|Fee-free] [recruitment|hiring] 🚫💸 {overseas_employer} [is hiring|hiring] [nurses|chefs|electricians] [abroad|overseas]",
                "[Jobs abroad|Work overseas] [with|via] {overseas_employer} ✅ [employer pays all costs|no fees, ever]",
                "[Reminder|Warning] ⚠️ {overseas_employer} [never charges fees|never asks for money] [for jobs|for visas or training]",
                "[Visa-sponsored roles|Sponsored work permits] at {overseas_employer} - [official process|apply on {job_board}] 🌏",
                "[Ethical recruitment|Fair recruitment] [drive|campaign] 🤝 [{overseas_employer}|our company] [hiring|recruits] [skilled staff|experienced workers]",
                "[We're hiring abroad|Overseas openings] 📢 [no placement fee|free recruitment] - [{overseas_employer}|official employer]",
            ],
            "contact": [
                "Apply on {job_board} [- free of charge|- no fees]",
                "[Apply via|Applications through] {job_board} [or|/] {hr_email}",
                "[Report fake recruiters|Questions] to {hr_email}",
                "[Visit|Come to] our [office|recruitment centre] [in {market_city}|at {public_address}] [Mon-Fri|on weekdays]",
                "[Official site|Careers]: {job_board} [🔗|✅]",
                "[Verify any offer|Check offers] [with|by writing to] {hr_email}",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "fee", "docs", "contact"]},
            {"register": "formal", "slots": ["title", "docs", "fee", "contact"]},
            {"register": "formal", "slots": ["title", "fee", "docs?", "contact"]},
            {"register": "formal", "slots": ["title", "docs", "contact", "fee?"]},
            {"register": "chat", "slots": ["hook", "fee", "contact"]},
            {"register": "chat", "slots": ["hook", "docs", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
        ],
    },
}

# =========================================================================================== classic_online
FAMILIES["classic_online"] = {
    1: {
        "slots": {
            "title": [
                "[Data Entry Clerk|Online Data Entry|Typing Assistant] - [work from home|remote|home-based], [{pay_daily}|weekly pay]",
                "[Payment Processing|Payment Processor|Financial Assistant] [Agent|Representative] - [remote|work from home]",
                "[Package Handler|Reshipping Coordinator|Shipping Assistant] - [work from home|receive and forward parcels]",
                "[Administrative Assistant|Personal Assistant] [to a busy executive|for a travelling manager] - [remote|part-time]",
                "[Work at home|Home based] [envelope stuffing|form filling|captcha typing] - [earn|make] {pay_daily}",
                "[Accounts receivable|Funds transfer|Collections] [clerk|agent] [needed|wanted] [(remote, flexible)|- home based]",
            ],
            "body": [
                "[Job description|Duties]: [receive payments from our customers|accept client payments] [into your personal bank account|through your account], [keep 10% as commission|keep your commission] and [forward the rest|send the balance] [by Western Union|via {crypto}|by money transfer].",
                "[You will receive|We will send you] [a check|a cashier's check|a money order] [to deposit|to cash] at your bank; [keep $300 for yourself|keep your pay] and [buy gift cards|wire the remainder] [for our vendor|for office equipment].",
                "[Receive|Accept] [parcels|packages] [at your home address|at home], [inspect and repackage|remove invoices and relabel] them, and [ship them|forward them] [overseas|to the address we give] [with prepaid labels|using our labels].",
                "[Simple|Easy] [data entry|typing] [from home|online]; [no interview required|hired after a chat interview|interview by instant message]; [training by email|you get instructions on chat].",
                "[Requirements|What you need]: [a bank account|an online banking account], [a computer|internet access], [18+|over 21] [and 1-2 hours a day|and some free time]. [No experience required.|No skills needed.]",
                "[We are a|Our company is a] [foreign|international] [company|firm] [without a local office|expanding to your country] and [need|looking for] [a local representative|local agents] to [handle payments|process transactions] [on our behalf|for us].",
            ],
            "pay": [
                "[Pay|Salary]: {pay_daily}, [paid weekly|every Friday], [no experience|no skills] [required|needed].",
                "[Earn|Make] [$500-$1,000 a week|$2,500 per month|$35 per hour] [from home|working part-time], [no experience required|no experience].",
                "[Commission|Your pay]: [10%|8%|15%] [of every payment|of each transaction] [you process|you forward] [plus $400 weekly|plus a weekly base].",
                "[Weekly pay|Weekly salary] [of $750|of $900|of $1,200] [for a few hours|for 2 hours a day], [no experience needed|start immediately].",
                "{pay_daily} [typing at home|for simple data entry], [no experience needed|beginners welcome], [flexible hours|work when you want].",
                "[Guaranteed|Fixed] [income|pay] [of {pay_daily}|up to $4,000 a month] [for home typing|working from home], [no experience required|no previous experience].",
            ],
            "hook": [
                "[WORK FROM HOME|HOME JOB] 💻 [{pay_daily}|$500/week] [no experience|no interview]!",
                "[Need extra cash?|Want to work from home?] [Data entry|Typing] [jobs|work] [available now|today] [💵|✅]",
                "[Earn|Make] [$$$|big money] [from home|online] [processing payments|forwarding parcels] 📦",
                "[Personal assistant|PA] [needed|wanted] [for a busy manager|asap] - [remote|from home] 💼 [weekly pay|$500/week]",
                "[Easy job|Simple job]: [receive|accept] [packages|payments] at home [and get paid|and earn] 💰",
                "[HIRING|NOW HIRING] [typists|data entry clerks] [online|from home] 🖥️ [no interview needed|chat interview only]",
            ],
            "contact": [
                "[Email|Send your name and address to] [hr.department.jobs@freemail.example|jobs.remote2024@freemail.example]",
                "[Text|SMS] {phone_wa} [for details|to apply]",
                "[Contact|Add] {chat_id} [for the interview|to start]",
                "[Chat interview|Interview] on [Telegram|Google Chat|Signal]: {handle_tg}",
                "[Reply with|Send] [your full name, address and phone|your name and bank name] [to|via] {chat_id}",
                "[Apply|Message] [now|today] {handle_tg} [- limited positions|- {urgent}]",
            ],
        },
        "slot_signals": {
            "pay": ["high_pay_no_experience"],
            "contact": ["offplatform_contact"],
        },
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact", "pay?"]},
            {"register": "formal", "slots": ["title", "body", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "body", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
        ],
    },
    0: {
        "slots": {
            "title": [
                "[Customer Support Specialist|Support Engineer|Help Desk Agent] (Remote) - {remote_company}",
                "[Bookkeeper|Accounts Payable Specialist|Payroll Administrator] [- remote|- hybrid] - {remote_company}",
                "[Backend Developer|Frontend Engineer|Data Analyst] [(remote, EU/APAC time zones)|(remote)] - {remote_company}",
                "[Data Entry Specialist|Records Clerk|Medical Records Coder] [(remote)|(work from home)] - {remote_company}",
                "[Executive Assistant|Operations Coordinator] [remote|work from home] - {remote_company}",
                "[Logistics Coordinator|Shipping Administrator] [hybrid|remote] - {remote_company}",
            ],
            "body": [
                "[About us|Who we are]: {remote_company} [is a|, a] [30-person|120-person|distributed] [software|accounting|logistics] company [founded in 2015|founded in 2012] [with a registered office in Lisbon|headquartered in Melbourne|registered in Singapore]. [You can read our public handbook on our website.|See our team page on our website.]",
                "[Responsibilities|What you'll do]: [answer customer tickets in Zendesk|reconcile accounts in Xero|build and test APIs]; [work with the team over Slack and video calls|collaborate in weekly planning]; [write documentation|improve internal processes].",
                "[Requirements|You have]: [2+ years of relevant experience|a relevant qualification]; [strong written English|clear written communication]; [a reliable internet connection|a quiet workspace]; [you'll receive a company laptop|equipment is provided by the company].",
                "[Hiring process|Our process]: [a 30-minute call with the recruiter|screening call]; [a skills exercise|take-home task (paid)]; [video interview with the team|panel interview]; [reference checks|offer in writing].",
                "[Benefits|Perks]: [paid time off|25 days holiday]; [health stipend|health insurance]; [home-office budget|equipment allowance]; [learning budget|training courses].",
                "[Please note|Note]: [we will never ask you to receive money, cash checks or forward packages|we never send checks or ask candidates to buy equipment]; [all interviews happen on video with named team members|you will meet your manager on video].",
            ],
            "pay": [
                "[Salary|Compensation]: {remote_pay} [depending on experience|based on location band], [paid monthly through payroll|via payroll or contractor invoice].",
                "[Pay range|Salary range]: {remote_pay} [(published for transparency)|- see our salary calculator].",
                "[Compensation|Pay]: {remote_pay} [plus benefits|+ pension], [experience required|for candidates with 2+ years].",
                "[We offer|Package]: {remote_pay}, [paid leave|holidays], [a company laptop|equipment provided].",
                "[Pay|Rate]: {remote_pay}; [full-time, 40 hours|part-time 20 hours available].",
                "{remote_pay} [with a 6-month review|and an annual review], [paid through an employer of record|employment via a registered EOR].",
            ],
            "hook": [
                "[We're hiring remote|Remote role] 🌍 [support specialists|bookkeepers|developers] at {remote_company}",
                "[Remote job|Work from home] [at|with] {remote_company} 💻 [{remote_pay}|salary published]",
                "[Join|Come work at] {remote_company} 🚀 [fully remote|remote-first], [interviews on video|transparent process]",
                "[Open role|Now hiring]: [Data Entry Specialist|Support Engineer|Bookkeeper] [(remote)|at {remote_company}] ✨",
                "[Hiring|Job] alert 🔔 {remote_company} [remote|hybrid] [team|roles] - [apply on {job_board}|see {job_board}]",
                "[Remote|Hybrid] [work|job] [with a real team|at a registered company] 🤝 {remote_company}",
            ],
            "contact": [
                "Apply on {job_board} [🔗|✅]",
                "[Apply via|Applications:] {job_board} [- we reply to everyone|- 2-week process]",
                "[Questions|Contact]: {hr_email}",
                "[See the job description|Full details] on {job_board}",
                "[Apply through|Apply at] {job_board} or {hr_email}",
                "[Our careers page|{job_board}] [lists all open roles|has the details] [📄|]",
            ],
        },
        "slot_signals": {},
        "layouts": [
            {"register": "formal", "slots": ["title", "body", "body", "pay", "contact"]},
            {"register": "formal", "slots": ["title", "pay", "body", "contact"]},
            {"register": "formal", "slots": ["title", "body", "body?", "contact", "pay?"]},
            {"register": "formal", "slots": ["title", "body", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "pay", "contact"]},
            {"register": "chat", "slots": ["hook", "body", "contact"]},
            {"register": "chat", "slots": ["hook", "contact"]},
        ],
    },
}

# =========================================================================================== short-ad styles
# Real ads break the "genuine = long and formal, scam = chatty" pattern the other layouts teach, so every family
# also gets:
#   label 0 - "brief" postings: 2-4 plain sentences, a named employer, the role, a concrete requirement, a normal
#             perk and a formal apply route (careers page, job board, HR e-mail);
#   label 1 - "calm" scams: the same short, polite register, but a made-up "Co., Ltd.", a junior role at pay far
#             above the market, everything provided, online-only interview, quick start, documents / fee
#             requested, contact by free e-mail or chat app. No emoji, caps or exclamation marks in the sources.
# The calm scams use the formal register only (the chat register adds emoji and caps).

# ------------------------------------------------------------------------------------- overseas_high_pay
FAMILIES["overseas_high_pay"][0]["slots"].update(
    {
        "brief_title": [
            "[Senior software engineer|Backend engineer|Data engineer], {brief_employer}, {brief_city}",
            "{brief_employer} is hiring a [barista|shift supervisor|pastry cook] for its {brief_city} [store|café|flagship].",
            "{cs_employer}: [Japanese|Korean|Vietnamese]-speaking [customer support advisor|service desk analyst] in {market_city}",
            "[Translator|Localisation specialist] ([English-Thai|English-Japanese|English-Vietnamese]) wanted at {brief_employer}, {brief_city}.",
            "[IT support technician|Network administrator|QA tester] - {brief_employer} ({brief_city} office)",
            "[We are looking for|{brief_employer} seeks] a [digital marketing executive|content marketing specialist|SEO analyst] to join [our|the] {brief_city} team.",
        ],
        "brief_body": [
            "[3+|5+|At least four] years of [Go|Java|Python] in production [required|expected]. [Relocation package and visa sponsorship provided.|We sponsor the work visa and cover relocation.|Relocation package included.]",
            "[A barista certificate|At least one year of café experience] is required. [Visa sponsorship is available for experienced candidates.|We sponsor work visas for experienced staff.] [Salary according to experience.|Paid overtime and staff meals.]",
            "[JLPT N2|TOPIK level 4|Fluent Vietnamese] and [one year|two years] in a contact centre are needed. Salary {market_pay} [with health insurance|plus social security].",
            "You will need [a degree in translation|a translation qualification] and [two|three] years of professional work. [We offer a housing allowance for the first three months.|A relocation allowance and employment pass sponsorship are offered.]",
            "[CompTIA A+|CCNA] [or equivalent|certification] and [two years|18 months] of helpdesk experience [required|are essential]; [employment pass sponsored for the right candidate|relocation support for candidates moving from abroad].",
            "Requirements: bachelor's degree in marketing [or a related field|or similar] and [two|three] years of [agency|in-house] experience. [Hybrid work and a relocation allowance.|Visa sponsorship and an annual flight home.]",
        ],
        "brief_apply": [
            "Apply [on|through] {job_board}.",
            "[Send your CV|Email your CV and a cover letter] to {hr_email}.",
            "Apply via [our careers page|the careers section of our website]; [interviews are held by video and in person|the process includes two interviews and a written offer].",
            "[Applications|Apply] [through|via] {job_board} [before the end of the month|by the closing date in the listing].",
            "Please apply on {job_board} - we do not recruit through chat apps.",
            "To apply, [upload your CV|submit your résumé] at {job_board} [and quote the job title|with the position in the subject line].",
        ],
    }
)
FAMILIES["overseas_high_pay"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["overseas_high_pay"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_company} - [Customer Service Officer|Customer Support Executive|Client Relations Officer] ({lang_req}), {scam_hub}",
            "{calm_company} is recruiting [customer service officers|online sales assistants|typists] for its office in {scam_hub}.",
            "Position: [Junior|Trainee] [Chat Support Officer|Online Marketing Assistant|IT Support Assistant] at {calm_company}, {scam_hub}",
            "Vacancy - [Translator|Interpreter] ({lang_req}) for [an investment|a technology|an e-commerce] company in {scam_hub}",
            "[We are pleased to announce|We announce] [vacancies|openings] for [fresh graduates|entry-level staff] at {calm_company} in {scam_hub}.",
            "[Junior|Entry-level] {scam_role} [position|vacancy], {calm_company} ({scam_hub})",
        ],
        "calm_offer": [
            "[No previous experience is required|Previous experience is not required] and [full training is provided|training will be provided]. The monthly salary is {pay_high}.",
            "[Fresh graduates are welcome|Candidates without experience are welcome to apply]. [We offer|The company offers] a salary of {pay_high}.",
            "Salary {pay_high} [for entry-level staff|during the first contract year]; [no experience necessary|experience is not required].",
            "The position [is suitable for|is open to] [candidates with no experience|recent graduates with no work history]. [Remuneration|Compensation] is {pay_high}.",
            "[Basic computer skills and|Only] {lang_req} [are required|is required], no experience needed. [Starting salary|Salary] {pay_high}, [paid monthly|paid on the 10th of each month].",
            "We offer {pay_high} to [successful candidates|new staff] [regardless of experience|with no experience required].",
        ],
        "calm_perks": [
            "The company provides [air ticket, work visa and accommodation|the air ticket, visa and housing]. Interviews are [conducted online|held online], and [successful candidates|selected candidates] [start|travel] within [one week|ten days].",
            "[Air ticket|Airfare], [work visa|visa processing] and [accommodation|a furnished room] are provided by the company; the interview is [by video call|online], and the start date is [within two weeks|next week].",
            "[Flights, visa and housing|Transport, visa and dormitory housing] are arranged at the company's expense. [After an online interview|Following a short online interview], you can [depart|begin work] within [seven|ten] days.",
            "We cover [the flight and the work permit|your flight and visa], and provide [accommodation with meals|staff housing and meals]. [Interview online only|All interviews take place online]; [immediate start available|start as soon as possible].",
            "[Benefits include|Included]: [return air ticket|air ticket], [visa|work visa], [accommodation|housing] and meals. [The interview is held online and departure is arranged within a week.|Online interview; travel can be arranged within days.]",
            "The employer [pays for|covers] [the ticket, visa and housing|travel, visa and a shared apartment]. [Selection is by online interview|There is one online interview], [and new staff start within 14 days|with a start date in the next two weeks].",
        ],
        "calm_apply": [
            "Please send your CV and a copy of your passport to {free_email}.",
            "To apply, [email|send] [your CV, a recent photo and your passport data page|a CV and passport copy] to {free_email}.",
            "Applications: CV and passport copy to {free_email} or [WhatsApp|Telegram] {phone_wa}.",
            "[Interested candidates|Applicants] [may send|should send] their CV and [a scan of their passport|passport details] to our recruitment officer at {free_email}.",
            "[Kindly|Please] [submit|forward] your CV together with a passport copy by e-mail to {free_email}; [shortlisted candidates will be contacted|we will reply] on {chat_id}.",
            "For details, contact [HR|our recruiter] on {chat_id} and [send|attach] [a copy of your passport|your passport and ID card].",
        ],
    }
)
FAMILIES["overseas_high_pay"][1]["slot_signals"].update(
    {
        "calm_title": ["scam_hub_location"],
        "calm_offer": ["high_pay_no_experience"],
        "calm_perks": ["free_travel_visa_board", "urgency"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["overseas_high_pay"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_perks", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_perks", "calm_offer?", "calm_apply"]},
]

# ------------------------------------------------------------------------------------- all_expenses_paid
FAMILIES["all_expenses_paid"][0]["slots"].update(
    {
        "brief_title": [
            "{cruise_line} is hiring [assistant waiters|stateroom attendants|galley cooks] for the [Asia|Mediterranean|Caribbean] season.",
            "[English teachers|Assistant language teachers] wanted for {teach_program}, [spring|autumn] intake",
            "[Commis chef|Housekeeping supervisor|Guest relations agent], {overseas_employer}, [Maldives|Dubai|Phuket]",
            "[Line cook|Production operator|Warehouse picker] at {overseas_employer} - board and lodging provided",
            "[Deck hand|Bar server|Spa therapist] vacancy on board {cruise_line} ships",
            "{overseas_employer} needs [a pastry chef|two front desk agents|a sous chef] for its new resort in [Phuket|Bali|Langkawi].",
        ],
        "brief_body": [
            "[Two years of hotel or restaurant experience|At least 18 months in a busy restaurant] and a valid STCW certificate are required. [Flights to and from the ship are paid by the company once the contract is signed.|Joining and return flights are booked by the company after contract signature.|Cabin, meals and flights are provided under the signed contract.]",
            "A bachelor's degree and a [TEFL|CELTA] certificate are required. [The entry flight is reimbursed and a furnished apartment is provided.|Housing is provided and the airfare is refunded after arrival.]",
            "You need [a culinary diploma|a hospitality diploma] and [three|two] years in a [five-star|luxury] property. Staff housing, duty meals and one flight home a year [are included|come with the contract].",
            "[Previous factory or warehouse work|A forklift licence] is preferred. [Meals and a shared dormitory room are provided;|Board and lodging are included;] overtime is paid per labour law.",
            "Applicants must hold [a seafarer's medical certificate|a food hygiene certificate|a valid STCW basic safety certificate] and [one year of experience|previous cruise experience|two contracts at sea]. [Cabin, meals and travel to the port are covered after signing.|After signing, the company covers the cabin, meals and travel to the port.]",
            "[Four|Three] years of [pastry|kitchen|front office] experience required. [Relocation flight after contract signature, staff accommodation and work visa sponsorship.|We sponsor the work visa and provide a relocation flight and staff housing.]",
        ],
        "brief_apply": [
            "Apply through our crewing page on {job_board}.",
            "[Applications|Apply] via {job_board}; [interviews are held by video, followed by a written contract|shortlisted candidates are invited to a video interview].",
            "Send your CV and [copies of certificates|a cover letter] to {hr_email}.",
            "Apply on the programme website [before the deadline|by the closing date]; [interviews take place at the consulate or by video|the process takes about eight weeks].",
            "[Register|Apply] at {job_board} or through our licensed manning agency listed on the company website.",
            "Please apply [online|on {job_board}]; we never ask candidates to pay for travel or visas.",
        ],
    }
)
FAMILIES["all_expenses_paid"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["all_expenses_paid"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_company} - [Hotel Receptionist|Restaurant Assistant|Office Assistant] in {vague_place}",
            "[Junior|Trainee] [Front Office Assistant|Administrative Assistant|Sales Assistant] required by {calm_company} for its branch in {vague_place}.",
            "Overseas employment: [general staff|office staff|service staff] for a company in {vague_place}",
            "{calm_company} invites applications for [warehouse assistants|receptionists|restaurant staff] ({vague_place})",
            "Vacancy notice - [Customer Relations Assistant|Hotel Staff|Admin Clerk], {vague_place}",
            "[We are currently recruiting|Now recruiting] [service staff|office assistants] for a [hotel|company office|trading company] in {vague_place}.",
        ],
        "calm_offer": [
            "[No experience is needed|Experience is not required]; [the starting salary is|we pay] {pay_high}.",
            "The role is open to applicants without experience, [with a monthly salary of|at a salary of] {pay_high}.",
            "[Salary|Remuneration]: {pay_high}. [Previous experience is not necessary.|No prior experience or degree is required.]",
            "[We welcome|The company welcomes] applicants [of any background|without work experience]; [salary is|pay is] {pay_high}.",
            "New employees [receive|are paid] {pay_high} [from the first month|after a short training], and no experience is required.",
            "[Compensation|Pay] of {pay_high} is offered to [all successful applicants|every new employee], [experience not required|no experience necessary].",
        ],
        "calm_perks": [
            "All expenses are covered by the company, including [the air ticket|the flight], [work visa|visa] and [accommodation with meals|board and lodging]. The interview is conducted online and [departure is within ten days|you can travel within a week].",
            "[Travel, visa and accommodation|Airfare, visa and housing] are [paid|provided] by the employer, [and a driver will meet you at the airport|with airport pickup on arrival]. [Online interview only;|Interviews are online;] travel within [five|seven] days.",
            "The company [arranges and pays for|covers] your [flight, visa and hotel|ticket, visa and room]; [meals are provided|three meals a day are included]. After [an online interview|a video interview], [you will depart within one week|your ticket is booked the same week].",
            "[You do not need to pay for travel|There is no cost for travel]: [the ticket, visa and housing are provided|ticket, visa and accommodation are included]. [Selection is by video call and departure is arranged within days.|A video interview is held and departure follows within days.]",
            "[Free|Company-paid] [accommodation, meals, flight and visa|flight, visa, housing and meals]. [Candidates are interviewed online and can start immediately.|Online interview, and an immediate start is possible.]",
            "We [provide|offer] [a one-way air ticket|the flight], [visa processing|a work visa] and [a staff dormitory|shared housing] at no cost. [The interview is online; departure can be arranged this week.|Interviews are online and travel is booked within days.]",
        ],
        "calm_apply": [
            "Please send your [CV and passport copy|passport copy and a recent photo] to {free_email}.",
            "[To apply|Applications], [email|send] your full name, age and a copy of your passport to {free_email} or [WhatsApp|Line] {phone_wa}.",
            "[Kindly|Please] [attach|include] a copy of your passport [so that the ticket can be booked|for the visa application] and send it to {free_email}.",
            "[Interested applicants|Applicants] should contact [our HR officer|the recruitment office] on {chat_id} with a passport copy.",
            "[Send|Submit] your CV, passport [data page|copy] and [ID card|a photo] to {free_email}; [we will reply within 24 hours|our HR team will contact you].",
            "For application, [please write to|contact] {free_email} and [attach your passport copy|include a scan of your passport].",
        ],
    }
)
FAMILIES["all_expenses_paid"][1]["slot_signals"].update(
    {
        "calm_offer": ["high_pay_no_experience"],
        "calm_perks": ["free_travel_visa_board", "urgency"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["all_expenses_paid"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_perks", "calm_offer", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_offer?", "calm_perks", "calm_apply"]},
]

# ------------------------------------------------------------------------------------- acting_modelling
FAMILIES["acting_modelling"][0]["slots"].update(
    {
        "brief_title": [
            "{agency} is casting [two supporting roles|a lead presenter|background actors] for a [feature film|TV commercial|streaming series] shooting in {market_city}.",
            "[Open audition|Casting call], {agency}: [actors aged 20-35|dancers aged 18-30|commercial models] for a [skincare|airline|beverage] campaign",
            "[Travel show host|Shopping channel presenter|Sports presenter] wanted - {agency}, {market_city}",
            "[Stage musical|Short film|Music video] casting by {agency} ({market_city})",
            "{agency} seeks [bilingual presenters|voice actors|runway models] for a [regional|national] [campaign|production].",
            "Casting notice: [speaking roles|ensemble dancers|extras] for [a period drama|a theatre production|a web series], {agency}",
        ],
        "brief_body": [
            "Applicants must be 18 or over with the right to work locally; [some screen experience is preferred|a showreel is preferred|drama training is an advantage]. [Day rate paid under the union agreement, and there are no fees at any stage.|The day rate follows the union agreement; we never charge fees.]",
            "[Two years of on-camera experience|Previous presenting experience] and fluent English are required. [Travel to the shoot is booked and paid by the production.|Travel and accommodation for the shoot are paid by the production.]",
            "[Formal dance training|A performing arts diploma] is required. Auditions are held in person at {public_address}; [rehearsals are paid|the contract is signed before rehearsals].",
            "We need [a recent headshot and a self-tape|a showreel and a current CV]; [agency representation is not required|represented and unrepresented actors welcome]. Usage fee and day rate are set out in the contract.",
            "[Minimum height 175 cm for the runway roles|Clear diction and a neutral accent for voice roles|Two years of runway work] and [a portfolio|previous bookings|a current comp card] required. [No fees are charged for castings or photos.|Castings are free and the agency never sells photo packages.]",
            "[Previous theatre experience|A drama school background] is preferred. [Callbacks take place at our studio at {public_address}.|Final auditions are at {public_address}, and guardians may attend.]",
        ],
        "brief_apply": [
            "Submit [a headshot and showreel|your profile|a headshot, CV and self-tape] through [our website|the {agency} website].",
            "[Book an audition slot|Register for the open call] on the {agency} website.",
            "[Send|Email] your headshot and CV to {hr_email}; [shortlisted applicants are invited to audition in person|callbacks are in person].",
            "Apply via our casting portal [by Friday|before the closing date|this week]; [auditions are in person only|callbacks are held in person at our studio].",
            "[Submissions|Applications] through {job_board} or {hr_email}, [with your agent in copy if you have one|including your availability].",
            "Walk-in auditions at {public_address} [on Saturday|next weekend], [10:00-16:00|from 10 am]; bring photo ID.",
        ],
    }
)
FAMILIES["acting_modelling"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["acting_modelling"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_media_co} is casting new faces for a [television drama|feature film|web series] filmed in {vague_place}.",
            "Casting announcement: [supporting actors|models|live-stream hosts] for a production in {vague_place}, {calm_media_co}",
            "[Model|Actor|Presenter] [recruitment|search] - {calm_media_co} ([filming|studio] in {vague_place})",
            "{calm_media_co} invites applications for [brand models|live-stream presenters|new actors] based in {vague_place}.",
            "[New actors and actresses|Fresh talent] [required|wanted] for a [film|drama] project in {vague_place}",
            "[Live commerce host|Online presenter|Short-video model] position at our studio in {vague_place}",
        ],
        "calm_offer": [
            "No acting experience is required. [The fee is|Remuneration is] {pay_high} [for the project|for the filming period].",
            "[Beginners are welcome|Newcomers are welcome]; [hosts|models] receive {pay_high}.",
            "[Prior experience is not necessary|We do not require previous experience]. The production offers {pay_high}.",
            "[Payment|Compensation] for the role is {pay_high}; [no experience or training is needed|experience is not required].",
            "Candidates without experience will be [trained by our team|coached on set] and paid {pay_high}.",
            "The role pays {pay_high}, and [no portfolio or experience is required|previous work is not required].",
        ],
        "calm_perks": [
            "The production covers the return flight, [visa|work permit] and hotel. [The audition is held by video call,|Auditions are by video call,] and filming starts [next week|within ten days].",
            "[Flight, visa and accommodation|Air ticket, hotel and visa] are provided by the company. [No studio visit is needed; selection is online and|Selection is online only, and] travel is arranged within [a week|days].",
            "[Travel and lodging|Your flight and accommodation] are paid by {calm_media_co}, [and our coordinator will meet you at the airport|with transport from the airport to the set]. [The casting is online and the shoot begins shortly.|Online casting; shooting begins in a few days.]",
            "[We arrange|The company arranges] [the ticket, visa and accommodation|flights, visa and a hotel] for the whole [shoot|contract]; [the interview is by video|a video audition is enough] and [departure is within a week|you can travel this week].",
            "[All travel costs|Air travel, visa and housing|Flights, visa and a hotel room] are covered [by the production|by the studio|]. [A short online audition is the only step, and the start date is immediate.|There is one online audition, and filming starts soon after.]",
            "[Return ticket, visa and hotel are included|Flights, visa and hotel are included]; [the director selects from video auditions|selection is by video audition], and [departure follows within days|you travel within days].",
        ],
        "calm_apply": [
            "Please send three recent photos and a copy of your passport to the casting coordinator at {free_email}.",
            "[To apply|Applications]: [send|e-mail] your photos, height and a passport copy to {free_email} or WeChat hr_vivian_88.",
            "[Kindly|Please] contact our casting coordinator on {chat_id} and [provide|share] a copy of your passport [for the ticket booking|for the visa].",
            "Interested candidates should [send|forward] [a self-introduction video|recent photos] and passport details to {free_email}.",
            "[Submit|Send] your profile and [ID card or passport copy|a scan of your passport] to {chat_id}; [the coordinator will reply the same day|we will confirm within 24 hours].",
            "For the casting, [write to|contact] {free_email} with [your photos and passport data page|a full-length photo and a passport copy].",
        ],
    }
)
FAMILIES["acting_modelling"][1]["slot_signals"].update(
    {
        "calm_title": ["acting_modelling_abroad"],
        "calm_offer": ["high_pay_no_experience"],
        "calm_perks": ["free_travel_visa_board", "urgency"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["acting_modelling"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_perks", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_perks", "calm_apply", "calm_offer?"]},
]

# ------------------------------------------------------------------------------------- casino_gambling
FAMILIES["casino_gambling"][0]["slots"].update(
    {
        "brief_title": [
            "{casino_resort} is hiring licensed table games dealers.",
            "[Baccarat dealer|Roulette dealer|Poker dealer], {casino_resort}",
            "[Cage cashier|Slot technician|Surveillance operator] wanted at {casino_resort}",
            "[Table games supervisor|Pit manager|Casino host] - {casino_resort}, [full-time|permanent]",
            "[Experienced dealers|Dealer inspectors] required for {casino_resort}.",
            "Vacancy at {casino_resort}: [responsible gaming officer|AML compliance analyst|gaming floor attendant]",
        ],
        "brief_body": [
            "Minimum two years dealing [baccarat and blackjack|roulette and poker] and a valid gaming licence from {regulator}, or eligibility to obtain one. Relocation assistance and a housing allowance for candidates from overseas.",
            "[At least one year in a cash-handling role|Previous cage or bank teller experience] is required; background check by {regulator}. [Relocation package available.|Shift allowance and staff meals.]",
            "You will need [an electronics qualification|a technical diploma] and [two years|three years] on slot machines. [The employer sponsors the work permit and pays the licence fee.|Work permit sponsored; licence fee paid by the resort.]",
            "[Five|Four] years on the gaming floor, [two of them as a supervisor|including supervisory experience], are required. [Housing allowance and annual flight home for international hires.|Relocation and housing allowance provided.]",
            "Candidates must be 21 or older with [current dealing experience|a dealer certificate|two years on blackjack and baccarat]; [the resort sponsors employment visas for eligible hires|visa sponsorship is available through the resort|relocation and visa sponsorship are offered to international hires].",
            "A degree in [finance or law|criminology or compliance] and [two|three] years in AML or responsible gambling are required. [Relocation support and health insurance.|Housing allowance and medical cover.]",
        ],
        "brief_apply": [
            "Apply on [our careers portal|the {casino_resort} careers site]; [auditions include a dealing test|interviews include a practical test|the process includes a dealing audition and an interview].",
            "[Applications|Apply] through {job_board}.",
            "Send your CV to {hr_email}, [quoting the position|with the job title in the subject line].",
            "Apply at {job_board}; [successful candidates receive a written offer before licensing|offers are made in writing after the background check].",
            "[Attend|Come to] the recruitment day at the resort's HR office, or apply online at {job_board}.",
            "Please apply [online|through the careers section of our website|on {job_board}]; [we never charge applicants any fees|no fees are charged at any stage|licence fees are paid by the resort].",
        ],
    }
)
FAMILIES["casino_gambling"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["casino_gambling"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_gaming_co} - [Trainee Live Dealer|Online Gaming Customer Service|Gaming Platform Support Officer], {scam_hub}",
            "{calm_gaming_co} is recruiting [online casino customer service staff|live casino presenters|betting platform assistants] for its office in {scam_hub}.",
            "[Junior|Trainee] [game presenter|customer service officer] ({lang_req}) for an online gaming company in {scam_hub}",
            "Vacancy: [dealer trainees|player support officers|VIP service assistants] at {calm_gaming_co}, {scam_hub}",
            "[Online casino|Online betting] operator in {scam_hub} [seeks|requires] [customer service officers|marketing assistants] ({lang_req})",
            "[Recruitment of|Openings for] [live baccarat dealers|gaming customer support staff] - {calm_gaming_co} ({scam_hub})",
        ],
        "calm_offer": [
            "No dealing experience is required; [full training is provided|we provide training]. The salary is {pay_high}.",
            "[Applicants without experience are welcome|We accept applicants without experience]. [Monthly salary|Salary] {pay_high}.",
            "[Remuneration|Pay] is {pay_high} for [trainees|new staff], [experience not required|and no experience is necessary].",
            "The company offers {pay_high} [to entry-level staff|from the first month]; [previous experience is not needed|no gaming experience required].",
            "[Starting salary|Basic salary] {pay_high}. [Candidates with no experience will be trained.|No experience required; training is provided.]",
            "Successful applicants [receive|are paid] {pay_high} [regardless of experience|even without experience].",
        ],
        "calm_perks": [
            "The company provides the air ticket, work visa and accommodation [inside the office complex|in the company compound]. Interviews are held online, and [successful applicants start within ten days|work starts within a week].",
            "[Flight, visa, housing and meals|Airfare, visa, dormitory and meals] are provided. [One online interview;|The interview is online, and] departure can be arranged within [a week|days].",
            "We [cover|provide] [travel, visa and staff housing|the ticket, the work permit and a room]; [airport pickup is arranged|a driver collects new staff at the airport]. [Online interview only; immediate start.|Selection is online and the start date is immediate.]",
            "[Benefits|Welfare]: [free air ticket|air ticket], [visa|work visa], [dormitory|housing] and [meals|three meals a day]. [Interviews are conducted online and new staff travel within two weeks.|Online interview and travel within two weeks.]",
            "[All relocation costs|Ticket, visa and housing costs|The flight, work visa and dormitory] are paid by the [employer|company]. [After a short video interview you can begin next week.|A video interview is held, and you can start next week.]",
            "Accommodation, [meals|food], [visa|work permit] and [the flight|the ticket] are included. [The interview is online, and the company books travel within days.|Online interview; travel is booked within days.]",
        ],
        "calm_apply": [
            "Please send your CV, a photo and a copy of your passport to {free_email}.",
            "[To apply|Applications]: CV and passport copy to {free_email}, or contact HR on {chat_id}.",
            "[Kindly|Please] e-mail your full name, nationality and passport details to {free_email}.",
            "Interested candidates should contact [our HR department|the recruitment officer] on {chat_id} with [a passport copy|their passport and ID card].",
            "[Send|Submit] your application with a passport scan to {free_email}; [we reply within one day|our HR team will contact you].",
            "For more information, [write to|contact] {free_email} and attach [your passport copy|a copy of your passport and a photo].",
        ],
    }
)
FAMILIES["casino_gambling"][1]["slot_signals"].update(
    {
        "calm_title": ["gambling_work", "scam_hub_location"],
        "calm_offer": ["high_pay_no_experience"],
        "calm_perks": ["free_travel_visa_board", "urgency"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["casino_gambling"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_perks", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_perks", "calm_offer?", "calm_apply"]},
]

# ------------------------------------------------------------------------------------- task_scam
FAMILIES["task_scam"][0]["slots"].update(
    {
        "brief_title": [
            "Part-time data annotator, {remote_company} [(remote)|(hybrid)]",
            "{remote_company} is hiring [weekend retail assistants|part-time cashiers|store associates] for its {market_city} store.",
            "[Search quality rater|Content reviewer|Ads quality evaluator] - part-time, {remote_company}",
            "[Survey interviewer|Market research interviewer] (part-time) at {remote_company}",
            "[Paid user research participants|Usability study participants] wanted by {remote_company}",
            "[Speech data collector|Transcription associate|Image labelling associate], {remote_company}, [10-20|15-25] hours a week",
        ],
        "brief_body": [
            "[A bachelor's degree|A degree or two years of annotation work] and a passing score on our language test are required. [Hourly pay, flexible hours and no fees of any kind.|Pay is hourly, hours are flexible, and you never pay anything to join.]",
            "[Previous retail or hospitality work|Six months of customer-facing experience] is preferred. [Paid training, staff discount and a written contract.|Uniform provided and shifts published two weeks ahead.]",
            "You need [native-level English|fluency in the local language] and [a degree|one year of online research experience]; [pay is hourly and invoiced monthly|the rate card is published on our website].",
            "[One year of interviewing or call-centre experience|Experience in phone surveys] is required. [The two-hour briefing is paid, and the rate is above minimum wage.|Paid briefing and an hourly rate above minimum wage.]",
            "[Sessions last about an hour|Each study takes about 45 minutes] [by video call|at our lab]; participants must be 18+ and [receive a gift card after the session|are paid by bank transfer after the session].",
            "[A transcription test|A short qualification test|A typing and accuracy test] must be passed before starting. You are paid per hour worked [through payroll|by bank transfer], [never per click|not per task], and nothing is ever paid to us.",
        ],
        "brief_apply": [
            "Apply on {job_board}.",
            "[Apply in store|Ask at the counter] or [online at|through] {job_board}.",
            "Register on {job_board}; [questions to|enquiries to] {hr_email}.",
            "[Sign up|Apply] through our research panel page on the {remote_company} website.",
            "[Send|Email] your CV to {hr_email}, [with your weekly availability|stating which shifts you can work].",
            "[Applications|Apply] via {job_board} - [the qualification test link is sent by e-mail|we reply within a week].",
        ],
    }
)
FAMILIES["task_scam"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["task_scam"][1]["slots"].update(
    {
        "calm_title": [
            "{task_platform} Digital Marketing Co., Ltd. is hiring part-time online assistants to complete product rating tasks.",
            "Part-time [order optimisation|product review|app rating] assistant - {task_platform} (remote)",
            "[Remote|Home-based] [merchant data|e-commerce ranking] assistant: [rating|boosting] orders on {task_platform}",
            "{task_platform} invites applications for [online task assistants|rating assistants] paid per completed task.",
            "Vacancy: [part-time|flexible] [product boosting|video rating|hotel rating] associate, {task_platform}",
            "[Online|Remote] [evaluation|optimisation] assistants required to [rate products|complete merchant orders] for commission",
        ],
        "calm_offer": [
            "No experience is required. Assistants earn a commission [on each completed order|per task], [typically|usually] {pay_daily}.",
            "[The position suits|We welcome] [students and homemakers|applicants without experience]; daily earnings are {pay_daily}, [paid to your account each day|withdrawn daily].",
            "[Experience is not necessary|No previous experience is needed]. [Each set of 40 tasks|A daily set of tasks] [takes about an hour and|takes under an hour and] pays {pay_daily} in commission.",
            "[Income|Earnings] of {pay_daily} [for about one hour a day|in your free time], no experience required, commission paid per rated product.",
            "You will be paid {pay_daily} [for completing the daily tasks|in task commission]; [training is given|a mentor explains the tasks], and no experience is needed.",
            "[Commission|Pay] per completed order, [usually|on average] {pay_daily}; [beginners are welcome|experience is not required].",
        ],
        "calm_terms": [
            "Some [premium task sets|combination orders] require a temporary balance top-up in {crypto}, which is returned together with the commission.",
            "[To activate your account|Before the first withdrawal], a refundable [deposit|account balance] of {fee_small} [is required|must be added] [in {crypto}|by bank transfer].",
            "[Higher levels|VIP levels] [pay|earn] more commission and are unlocked by [a deposit of|topping up] {fee_small}, which can be withdrawn after the task set.",
            "[When a combination order appears|If your balance is negative], [you add|you top up] the difference in {crypto} and receive it back with [a higher|double] commission.",
            "[Account activation|Task account registration] costs {fee_small} [and is refunded with your first withdrawal|, refunded after completing 3 task sets].",
            "[Withdrawals are processed|Earnings are released] after [a small verification deposit|a one-time security deposit] of {fee_small} [in {crypto}|by transfer].",
        ],
        "calm_apply": [
            "Please contact our receptionist on {chat_id} with your name and bank account details for commission payments.",
            "To register, [send|provide] your full name, phone number and [bank account|e-wallet] details to {chat_id}.",
            "Applicants should contact the mentor on [WhatsApp|Telegram] {phone_wa}; [your ID card and bank account are needed|a photo of your ID and your bank details are needed] to open the task account.",
            "[For registration|To start], [message|write to] {chat_id} and [provide|send] [your ID number and payout account|your bank name and account number].",
            "[Applications|Registration] [by e-mail to|through] {free_email}, [including|with] your ID card and bank account [for payouts|for daily withdrawals].",
            "Please reach the coordinator at {chat_id}; [a copy of your ID and your bank card number|your ID card and card number] are needed for withdrawals.",
        ],
    }
)
FAMILIES["task_scam"][1]["slot_signals"].update(
    {
        "calm_title": ["task_commission"],
        "calm_offer": ["task_commission", "high_pay_no_experience"],
        "calm_terms": ["upfront_fee"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["task_scam"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_terms", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_apply", "calm_terms?"]},
]

# ------------------------------------------------------------------------------------- advance_fee
FAMILIES["advance_fee"][0]["slots"].update(
    {
        "brief_title": [
            "{overseas_employer} is recruiting [registered nurses|care assistants|electricians] for [Dubai|Singapore|the UK].",
            "[Certified welder|Heavy vehicle driver|Commis chef] - employer-sponsored visa, {overseas_employer}",
            "[Zero-fee recruitment|Fair recruitment]: [housekeeping attendants|pipefitters|kitchen stewards] at {overseas_employer}",
            "[Electrician|Plumber|HVAC technician] (overseas placement), {overseas_employer}",
            "Sponsored [employment pass|work visa] roles: [marine engineer|hotel chef|site supervisor] at {overseas_employer}",
            "[We are hiring|{overseas_employer} hires] [experienced carpenters|qualified nurses|hotel bakers] from overseas - no recruitment fees.",
        ],
        "brief_body": [
            "A current nursing licence and [two years of ward experience|two years in acute care] are required. [Visa, flights and the first month of housing are paid by the employer; we never charge candidates fees.|The employer pays the visa, flights and first month of housing, and candidates pay no fees.]",
            "[A 6G welding certificate|A heavy vehicle licence held for three years|A culinary diploma] is required. [The employer sponsors the visa and pays the flight after the contract is signed.|Visa sponsorship and a flight after contract signature; no fees.]",
            "You need [three years of hotel experience|two years in industrial piping] and [basic English|a trade certificate]. [All recruitment costs, including the medical, are paid by the employer.|The employer pays the medical, visa and flight.]",
            "[A trade licence|A recognised trade qualification] and [four|five] years of experience are required. Documents are requested only after you sign a written offer, and [your passport stays with you|you keep your passport at all times].",
            "[A marine engineering certificate of competency|A recognised degree] and [five|three] years at sea or on site are required. [Relocation flight and temporary housing after contract signature.|Relocation package and housing allowance after the contract is signed.]",
            "Applicants need [three years of experience|a trade certificate|a recognised apprenticeship] and [references from previous employers|a clean safety record]. [There is no placement fee, deposit or training charge at any step.|No placement fee, deposit or training charge is ever asked of candidates.]",
        ],
        "brief_apply": [
            "Apply on {job_board}; [report anyone who asks you for money in our name|any request for payment is not from us].",
            "[Apply|Applications] through our careers page or {job_board}.",
            "Send your CV to {hr_email}; interviews are held by video and in person.",
            "Apply via {job_board} or our licensed agency listed on the company website.",
            "[Register|Apply] online at {job_board} - [selection includes a trade test and an interview|the process takes six to eight weeks].",
            "[CVs|Applications] to {hr_email}, [quoting the role|with copies of certificates]; passport copies are not needed at this stage.",
        ],
    }
)
FAMILIES["advance_fee"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["advance_fee"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_agency} - [factory workers|hotel attendants|warehouse staff] for [{vague_place}|an employer in {vague_place}] (work permit included)",
            "{calm_agency} is recruiting [general workers|kitchen helpers|packing staff] for [a client|partner companies] in {vague_place}.",
            "Overseas placement: [junior office assistant|hotel housekeeping|production staff] in {vague_place}, arranged by {calm_agency}",
            "[Employment|Job placement] opportunity in {vague_place} for [applicants without experience|fresh graduates] - {calm_agency}",
            "Vacancy notice: [care assistants|cleaners|farm workers] for {vague_place} ({calm_agency})",
            "[Work permit|Employment visa] positions in {vague_place} - {calm_agency}",
        ],
        "calm_offer": [
            "No experience is required, and the monthly salary is {pay_high}.",
            "[Applicants without experience are accepted|Experience is not required]; [the salary offered is|salary] {pay_high}.",
            "[Salary|Pay]: {pay_high}, [with no experience or qualifications required|experience not necessary].",
            "[The employer offers|Employers offer] {pay_high} [to new workers|to all placed candidates], and no prior experience is needed.",
            "[Starting salary|Basic pay] {pay_high}; [training is given on arrival|on-the-job training], no experience required.",
            "[Placed candidates|Successful applicants] earn {pay_high} [from the first month|after probation]; [experience is not needed|no experience necessary].",
        ],
        "calm_fee": [
            "A processing fee of {fee_small} covers the visa and medical examination and is refunded from the first salary.",
            "[Candidates pay|Applicants pay] a [registration|placement] fee of {fee_small} [by bank transfer|in {crypto}] before the contract is issued.",
            "[The visa and work permit fee|The documentation fee] ({fee_small}) is paid in advance; [the flight is then provided by the employer|all other costs are covered by the employer].",
            "[To reserve a place|To confirm your placement], a refundable deposit of {fee_small} is required [within three days|this week].",
            "[Training and uniform|Orientation and insurance] [cost|are charged at] {fee_small}, [payable before departure|to be paid before the visa is lodged].",
            "An agency service charge of {fee_small} is payable upfront, [and the balance is deducted from salary|with the remainder taken from your first wages].",
        ],
        "calm_apply": [
            "Please send a copy of your passport, ID card and bank account details to {free_email}.",
            "[To apply|Applications]: [e-mail|send] your passport copy and [bank details|bank account number] for the salary account to {free_email}.",
            "[Interested applicants|Applicants] [should|may] contact our agent on {chat_id} with [a passport copy and ID card|a passport scan and a photo].",
            "[Kindly|Please] forward your passport data page and [proof of payment|the payment slip] to {free_email} or [WhatsApp|Viber] {phone_wa}.",
            "[Submit|Send] your CV, passport copy and [bank book|bank card] details to {chat_id} [to start processing|to begin the visa application].",
            "For registration, [write to|contact] {free_email} and attach [your passport and national ID|copies of your passport and ID card].",
        ],
    }
)
FAMILIES["advance_fee"][1]["slot_signals"].update(
    {
        "calm_offer": ["high_pay_no_experience"],
        "calm_fee": ["upfront_fee"],
        "calm_apply": ["offplatform_contact", "passport_bank_details"],
    }
)
FAMILIES["advance_fee"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_fee", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_fee", "calm_apply", "calm_offer?"]},
]

# ------------------------------------------------------------------------------------- classic_online
FAMILIES["classic_online"][0]["slots"].update(
    {
        "brief_title": [
            "Remote bookkeeper, {remote_company}",
            "{remote_company} is hiring a [customer support specialist|support engineer|help desk agent] (remote, [APAC|EU] hours).",
            "[Backend developer|Frontend engineer|Data analyst] - {remote_company}, fully remote",
            "[Medical records coder|Records clerk|Data entry specialist] (work from home) at {remote_company}",
            "[Payroll administrator|Accounts payable specialist] wanted - {remote_company} [(hybrid)|(remote)]",
            "[Executive assistant|Operations coordinator] for {remote_company}, [remote within the region|home-based with monthly office days]",
        ],
        "brief_body": [
            "[Two years with Xero|Two years of bookkeeping in QuickBooks] and a bookkeeping certificate are required. [Home-office allowance and a company laptop.|Company laptop, paid leave and a home-office allowance.]",
            "[Two years in SaaS support|18 months of ticket-based support] and excellent written English are required; [pay is {remote_pay}|salary {remote_pay}] with paid leave.",
            "[Four|Three] years of [Python|TypeScript|SQL] experience required. [Equipment budget and a learning allowance.|Company laptop and a home-office stipend.]",
            "[A medical coding certification|A records management qualification] and [one year|two years] of experience are required. [Paid through payroll, with health insurance.|Salary {remote_pay}, health cover included.]",
            "You will need [an accounting diploma|payroll certification] and [two|three] years of experience; [interviews are on video with the finance lead|you will meet the team on video before any offer].",
            "[Three years supporting executives|Previous operations experience] required. [We never send checks or ask staff to receive payments.|Salary {remote_pay}; we never ask candidates to handle money or parcels.]",
        ],
        "brief_apply": [
            "Apply via our careers page[.| or {job_board}.| or by e-mail to {hr_email}.]",
            "[Apply|Applications] on {job_board}; [the process is a screening call, a task and a panel interview|expect two video interviews].",
            "Send your CV to {hr_email} [with the job title in the subject|and a short note on your experience].",
            "[Apply|Submit your application] through {job_board} [before the closing date|within three weeks].",
            "Apply at {job_board} or e-mail {hr_email}; [we reply to every applicant|all interviews are on video with named team members].",
            "[Full description and application|Details and the application form] on [our careers page|the {remote_company} website|{job_board}].",
        ],
    }
)
FAMILIES["classic_online"][0]["layouts"] += [
    {"register": "formal", "slots": ["brief_title", "brief_body", "brief_apply"]},
    {"register": "chat", "slots": ["brief_title", "brief_body", "brief_apply"]},
]
FAMILIES["classic_online"][1]["slots"].update(
    {
        "calm_title": [
            "{calm_company} - Remote Payment Processing Assistant (part-time)",
            "{calm_company} is looking for [a home-based data entry clerk|part-time typing assistants|remote administrative assistants].",
            "[Parcel forwarding|Package inspection|Shipping] coordinator (work from home), {calm_company}",
            "[Accounts receivable|Funds transfer] assistant, home-based - {calm_company}",
            "Vacancy: [personal assistant to a travelling director|remote office assistant] at {calm_company}",
            "[Part-time|Flexible] [data entry|form processing|document typing] position, working from home, for [an overseas company|a foreign trading firm|{calm_company}]",
        ],
        "calm_offer": [
            "No experience is required; the position pays [USD 850|USD 950|USD 1,100] per week for [about two hours a day|a few hours each evening].",
            "[Applicants without experience are welcome|Experience is not required]. [Weekly pay of|The weekly salary is] [USD 900|USD 1,200|USD 750] for [part-time|flexible] hours.",
            "[Pay|Remuneration]: {pay_daily} for [simple data entry|typing from home], [no previous experience needed|experience not necessary].",
            "[The company offers|We offer] [USD 3,500|USD 4,000] per month for [20 hours a week|a few hours a day], and no experience is needed.",
            "[Earnings|Pay] of [USD 500-900 per week|USD 120 per day] [plus 10% commission|plus a weekly bonus], no experience required.",
            "[The assistant receives|You will receive] a [fixed weekly salary|weekly payment] of [USD 800|USD 1,000] [regardless of experience|with no experience required].",
        ],
        "calm_duties": [
            "Duties include receiving client payments into your personal account and transferring the balance to [our suppliers|our overseas office], less a [10%|8%] commission.",
            "[You will receive|The assistant will receive] [parcels|packages] at home, [replace the labels|repack them] and forward them overseas using our prepaid labels.",
            "[The first task is to deposit|You will deposit] a company cheque, keep your first week's pay and [purchase office equipment from our vendor|send the remainder to our supplier].",
            "The work consists of [entering forms|typing documents] into our online system; [equipment is purchased through our approved vendor|software is bought from our vendor] and refunded later.",
            "[Responsibilities|The role] [include|includes] [processing customer payments|collecting payments] through your bank account and [forwarding them by wire transfer|sending them on via {crypto}].",
            "The assistant [handles small errands|manages payments] for [the director|our overseas office], including [buying gift cards|paying invoices] with funds we transfer to you.",
        ],
        "calm_apply": [
            "Interviews are conducted by Google Chat; please send your full name, address and bank name to {free_email}.",
            "To apply, [e-mail|write to] {free_email} with your name, home address and phone number.",
            "[Applicants|Interested candidates] should contact the hiring manager on {chat_id} for an online interview.",
            "[Please|Kindly] send your CV and a copy of your ID [to|by e-mail to] {free_email}; [the interview is by instant message|interviews take place by text chat].",
            "[For an interview|To arrange the chat interview], [add|contact] {chat_id} and [provide|share] your bank details for payroll.",
            "Applications by e-mail only: {free_email}. [Include your address and bank name for the first payment.|Please include your address and a copy of your ID.]",
        ],
    }
)
FAMILIES["classic_online"][1]["slot_signals"].update(
    {
        "calm_offer": ["high_pay_no_experience"],
        "calm_apply": ["offplatform_contact"],
    }
)
FAMILIES["classic_online"][1]["layouts"] += [
    {"register": "formal", "slots": ["calm_title", "calm_offer", "calm_duties", "calm_apply"]},
    {"register": "formal", "slots": ["calm_title", "calm_duties", "calm_apply", "calm_offer?"]},
]
