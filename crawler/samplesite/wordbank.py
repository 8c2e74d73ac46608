"""Word banks for generated sample articles: topics, sentence parts and names, English and Hindi.

Data only, written for this project. `crawler.samplesite.articles` draws from them with a seeded
random generator, so the same seed always gives the same article.
"""

from __future__ import annotations

# (topic, short name used in headings, subject area)
TOPICS = (
    ("National Quantum Mission", "Quantum Mission", "science"),
    ("Coastal Regulation Zone Rules", "CRZ Rules", "environment"),
    ("India Middle East Europe Economic Corridor", "IMEC", "international relations"),
    ("Sixteenth Finance Commission", "Finance Commission", "polity"),
    ("Deep Ocean Mission", "Deep Ocean Mission", "science"),
    ("PM Surya Ghar Rooftop Solar Scheme", "Rooftop Solar Scheme", "economy"),
    ("Great Indian Bustard Conservation", "Bustard Conservation", "environment"),
    ("India EFTA Trade Agreement", "India EFTA Trade Deal", "economy"),
    ("Semiconductor Mission", "Semiconductor Mission", "economy"),
    ("Heat Action Plans", "Heat Action Plans", "environment"),
    ("Lok Adalats and Legal Aid", "Lok Adalats", "polity"),
    ("Critical Minerals Partnership", "Critical Minerals", "international relations"),
    ("Green Credit Programme", "Green Credit Programme", "environment"),
    ("Digital Personal Data Protection Rules", "Data Protection Rules", "polity"),
    ("National Research Foundation", "Research Foundation", "science"),
    ("India Maldives Relations", "India Maldives Ties", "international relations"),
    ("Natural Farming Mission", "Natural Farming", "economy"),
    ("Project Cheetah", "Project Cheetah", "environment"),
    ("Inter-State River Water Disputes", "River Water Disputes", "polity"),
    ("Small Modular Nuclear Reactors", "Small Modular Reactors", "science"),
)

ACTORS = (
    "The Union Cabinet",
    "The Ministry of Environment, Forest and Climate Change",
    "NITI Aayog",
    "The Reserve Bank of India",
    "The Ministry of External Affairs",
    "A parliamentary standing committee",
    "The Supreme Court",
    "The Department of Science and Technology",
    "The Ministry of Finance",
    "An expert panel",
)
ACTIONS = (
    "has approved",
    "has released a draft of",
    "has reviewed the progress of",
    "has announced a new phase of",
    "has sought public comments on",
    "has set fresh targets under",
)
REASONS = (
    "to speed up work on the ground",
    "after a review of results in the first three years",
    "to bring States and private firms on board",
    "to meet commitments made at recent global summits",
    "following concerns raised by experts and civil society",
    "to close gaps in funding and skills",
)
FACTS = (
    "Funds are shared between the Centre and the States in a 60:40 ratio",
    "A steering committee chaired by a senior secretary reviews progress every quarter",
    "Pilot projects are running in twelve districts across five States",
    "An online dashboard publishes monthly figures on spending and outcomes",
    "Private partners are chosen through open, competitive bidding",
    "Targets are set for 2030 with a mid-term review in 2027",
    "Local bodies are given a role in planning and monitoring",
    "A dedicated fund supports research in universities and start-ups",
    "The scheme builds on an earlier programme that ended in 2021",
    "Women-led groups get priority in training and credit",
)
FOCUS = (
    "Research and development in partnership with universities",
    "Skill training for young workers in districts",
    "Digital tracking of projects and spending",
    "Support for start-ups and small manufacturers",
    "Protection of fragile ecosystems and wildlife corridors",
    "Access to cheap long-term credit",
    "Cooperation with friendly countries on technology",
    "Awareness campaigns in schools and villages",
    "Common standards for safety and quality",
    "Better data sharing between ministries",
    "Infrastructure in remote and border areas",
    "Clean energy for public buildings",
)
CHALLENGES = (
    "Funds released are often spent late in the financial year",
    "States differ widely in capacity to implement the plan",
    "Trained staff are scarce at the district level",
    "Land acquisition delays push up costs",
    "Data on outcomes is patchy and rarely audited",
    "Dependence on imported equipment remains high",
    "Local communities are not always consulted early",
)
LEADS = (
    ("Strengthen Institutions", "Give the nodal agency a clear legal mandate and its own budget"),
    ("Improve Data", "Publish outcome data district by district so that gaps can be seen"),
    ("Build Capacity", "Train officials and local bodies before money is released"),
    ("Involve Communities", "Hold public hearings and share benefits with those affected"),
    ("Mobilise Finance", "Blend public money with green bonds and private investment"),
    ("Deepen Partnerships", "Work with like-minded countries on research and supply chains"),
    ("Review Regularly", "Set up an independent review every two years"),
)
SUPPORT = (
    "This would make the programme less dependent on a few officials",
    "Clear numbers would also help Parliament hold the ministry to account",
    "Early consultation avoids costly disputes later",
    "Steady funding lets long projects survive changes of government",
    "Shared research lowers costs for every partner",
)
AUTHORS = (
    ("Ritika Sharma", "ritika-sharma"),
    ("Devansh Kulkarni", "devansh-kulkarni"),
    ("Meera Raghavan", "meera-raghavan"),
    ("Nikhil Varma", "nikhil-varma"),
    ("Sneha Iyer", "sneha-iyer"),
    ("Kavya Menon", "kavya-menon"),
)
BIO = (
    "I, {name}, am a content writer who helps aspirants of UPSC, State PSC and other competitive "
    "exams. I turn each day's news into clear, exam-ready notes."
)
COMMENTERS = ("Aarav", "Priya", "Rahul", "Fatima", "Suresh", "Neha", "Imran", "Lakshmi", "Vikram")
COMMENTS = (
    "Very helpful notes, thank you for the clear points.",
    "Please add a mind map for quick revision.",
    "Can you also cover the state-wise data in the next post?",
    "The way forward part is exactly what I needed for mains answer writing.",
    "Thanks a lot, waiting for the monthly compilation.",
)

# Hindi (Adda247 Hindi style)
HI_TOPICS = (
    ("राष्ट्रीय क्वांटम मिशन", "क्वांटम मिशन"),
    ("गहरे समुद्र मिशन", "गहरे समुद्र मिशन"),
    ("प्रधानमंत्री सूर्य घर योजना", "सूर्य घर योजना"),
    ("हीटवेव कार्य योजना", "हीटवेव कार्य योजना"),
    ("प्राकृतिक खेती मिशन", "प्राकृतिक खेती"),
    ("प्रोजेक्ट चीता", "प्रोजेक्ट चीता"),
)
HI_FACTS = (
    "केंद्र और राज्य मिलकर इस योजना के लिए धन उपलब्ध कराते हैं।",
    "पहले चरण में पाँच राज्यों के बारह जिलों को चुना गया है।",
    "हर तिमाही में एक उच्च स्तरीय समिति प्रगति की समीक्षा करती है।",
    "योजना के आंकड़े एक ऑनलाइन डैशबोर्ड पर प्रकाशित किए जाते हैं।",
    "स्थानीय निकायों को योजना बनाने और निगरानी में भूमिका दी गई है।",
    "महिला स्वयं सहायता समूहों को प्रशिक्षण में प्राथमिकता मिलती है।",
)
HI_FOCUS = (
    "विश्वविद्यालयों के साथ अनुसंधान",
    "युवाओं के लिए कौशल प्रशिक्षण",
    "परियोजनाओं की डिजिटल निगरानी",
    "स्टार्ट-अप और छोटे उद्योगों को सहायता",
    "संवेदनशील पारिस्थितिकी तंत्र का संरक्षण",
    "सस्ता दीर्घकालिक ऋण",
    "गाँवों और स्कूलों में जागरूकता",
)
HI_AHEAD = (
    "नोडल एजेंसी को स्पष्ट कानूनी अधिकार और अलग बजट दिया जाए।",
    "जिलेवार परिणामों के आंकड़े नियमित रूप से प्रकाशित किए जाएँ।",
    "धन जारी करने से पहले अधिकारियों और स्थानीय निकायों को प्रशिक्षित किया जाए।",
    "प्रभावित समुदायों से पहले ही परामर्श किया जाए।",
    "हर दो वर्ष में एक स्वतंत्र समीक्षा कराई जाए।",
)
HI_AUTHORS = (("अंकिता वर्मा", "ankita-verma"), ("राहुल मिश्रा", "rahul-mishra"))
HI_BIO = "मैं, {name}, यूपीएससी और राज्य लोक सेवा आयोग के विद्यार्थियों के लिए करेंट अफेयर्स लिखता/लिखती हूँ।"
