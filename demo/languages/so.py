"""Somali. Terms follow the interface catalogue ("Xadgudubka qoyska",
"Rabshadaha galmada", "Daba-galka", "Guurka qasabka ah"); "Exit this page" is
"Ka bax boggan" there too. The quiz speaks of the other person as "they"
(waxay), which Somali leaves ungendered."""

from ..words import easy, p

PAGES = {
    "home": {
        "title": "Hel taageero, si ammaan ah",
        "intro": (
            "Macluumaad iyo taageero loogu talagalay qof kasta oo ay saameeyeen xadgudubka qoyska, rabshadaha "
            "galmada, guurka qasabka ah ama xadgudubka magaca “sharafta” lagu sameeyo. Waxaad heli kartaa "
            "caawimaad bilaash ah oo qarsoodi ah."
        ),
        "get_help": {
            "heading": "Hel caawimaad hadda",
            "intro": "Haddii aad hadda khatar ku jirto, wac 999 oo weydiiso booliska.",
            "routes": [
                {
                    "label": "Booliska, xaalad degdeg ah",
                    "number": "999",
                    "note": "Wac haddii adiga ama qof kale aad hadda khatar ku jirtaan.",
                },
                {
                    "label": "Silent Solution: wac 999, kadibna riix 55 haddii aadan hadli karin",
                    "number": "999",
                    "note": (
                        "Taleefanka gacanta: haddii aadan hadli karin, dhegayso hawlwadeenka oo riix 55 marka uu "
                        "ku weydiiyo. Hawlwadeenku wuxuu kugu xiriirin doonaa booliska. Taleefanka guriga "
                        "(landline): khadka ku sii jir. Haddii hawlwadeenku maqlo dhawaaqa gadaasha oo keliya, "
                        "wuxuu kugu xiriirin doonaa booliska."
                    ),
                },
            ],
        },
    },
    "safety": {
        "title": "Ammaan ku ahaanshaha internetka",
        "intro": (
            "Haddii qof hubiyo taleefankaaga, kombiyuutarkaaga ama biilashaada, tallaabooyinkan waxay kaa caawin "
            "karaan inaad taageero u raadiso si ammaan ah. Ma jirto tallaabo keliya oo dhammaystiran, markaa "
            "isticmaal kuwa ku habboon xaaladdaada."
        ),
        "search_description": (
            "Sida aad caawimaad ugu raadin karto si ammaan ah taleefan ama kombiyuutar uu qof kale hubin karo."
        ),
        "sections": [
            (
                "Isticmaal daaqad gaar ah (private window)",
                "<p>Daaqadda gaarka ah kuma kaydiso taariikhda (history) boggaga aad booqato, marka aad xirto "
                "kadib. Fur mid ka hor intaadan caawimaad raadin:</p>"
                "<ul>"
                "<li><b>Chrome</b>: taabo ama guji saddexda dhibcood, kadib <i>New Incognito window</i> "
                "(Ctrl+Shift+N kombiyuutarka).</li>"
                "<li><b>Safari iPhone-ka</b>: taabo badhanka tabs-ka, kadib <i>Private</i>. "
                "<b>Safari Mac-ga</b>: <i>File</i>, kadib <i>New Private Window</i> (Shift+Command+N).</li>"
                "<li><b>Firefox</b>: fur menu-ga, kadib <i>New private window</i> (Ctrl+Shift+P).</li>"
                "<li><b>Edge</b>: fur menu-ga, kadib <i>New InPrivate window</i> (Ctrl+Shift+N).</li>"
                "<li><b>Samsung Internet</b>: taabo badhanka tabs-ka, kadib <i>Turn on Secret mode</i>.</li>"
                "</ul>"
                "<p>Xir daaqadda gaarka ah marka aad dhammayso.</p>",
            ),
            (
                "Taariikhdaada ka tirtir bogag gaar ah",
                "<p>Haddii aadan isticmaalin daaqad gaar ah, waxaad tirtiri kartaa oo keliya boggaga ku saabsan "
                "raadinta caawimaadda. Haddii aad tirtirto taariikhda oo dhan, taas laftigeedu waxay shaki gelin "
                "kartaa qof inta badan eega.</p>"
                "<ul>"
                "<li><b>Chrome</b>: fur <i>History</i> (Ctrl+H), calaamadee boggaga, kadib <i>Delete</i>.</li>"
                "<li><b>Safari</b>: fur <i>History</i>, kadib <i>Show All History</i>, dooro boggaga oo riix "
                "Delete. iPhone-ka, fur badhanka bookmarks-ka, kadib saacadda, oo farta bidix ugu mari bogga.</li>"
                "<li><b>Firefox</b>: fur <i>History</i>, kadib <i>Manage history</i>, midigta ku guji bogga oo "
                "dooro <i>Delete Page</i>.</li>"
                "<li><b>Edge</b>: fur <i>History</i> (Ctrl+H), kadib calaamadda qashin-qubka ee bogga ag "
                "taal.</li>"
                "<li><b>Samsung Internet</b>: fur <i>History</i>, cadaadi oo hay bogga, kadib <i>Delete</i>.</li>"
                "</ul>",
            ),
            (
                "Degelkan ha ku kaydin bookmarks",
                "<p>Qof kale si fudud ayuu u heli karaa bookmarks-ka iyo boggaga aad kaydisay. Haddii aad dib u "
                "soo noqon rabto, mar kale magaca adeegga ka raadi daaqad gaar ah, ama lambarka ku qor meel "
                "ammaan ah.</p>",
            ),
            (
                "Isticmaal qalab ammaan badan haddii aad awoodo",
                "<p>Haddii aad u malaynayso in qof hubiyo taleefankaaga ama kombiyuutarkaaga, isticmaal mid "
                "uusan qofka kale gaari karin: taleefanka saaxiib aad aamminto, kombiyuutar maktabad yaal, ama "
                "mid shaqada ah.</p>",
            ),
            (
                "Wicitaannada iyo biilka taleefankaaga",
                "<p>Diiwaanka wicitaannada ee taleefankaagu wuxuu kaydiyaa lambarrada aad wacdo, biilasha "
                "faahfaahsanna way qori karaan. Lambarrada bilaashka ah qaarkood (kuwa ku bilaabma 0800 ama 0808) "
                "laga yaabee inaysan biilka ka muuqan, laakiin taasi waxay ku xiran tahay shirkadda taleefankaaga. "
                "Bogga adeeg kasta wuxuu sheegayaa waxa bixiyahiisu noo sheegay. Waxaad lambar ka tirtiri kartaa "
                "diiwaanka wicitaannada, ama waxaad ka wici kartaa taleefan uusan qofka kale arkin.</p>",
            ),
            (
                "Barnaamijyada basaasa iyo raad-raaca",
                "<p>Qof ayaa ku rakibi kara apps tusa fariimahaaga, wicitaannadaada ama goobta aad joogto. "
                "Calaamadaha waxaa ka mid ah baytari si degdeg ah u dhammaada, apps aadan aqoon, ama qofka kale oo "
                "og waxyaabo aadan u sheegin. Akoonnada la wadaago iyo wadaagista goobta ayaa sidoo kale muujin "
                "kara halka aad joogto.</p>"
                "<p>Haddii aad ka saarto barnaamij basaas ah ama aad beddesho furaha sirta (password), qofkii "
                "rakibay wuu ogaan karaa. Marka hore kala hadal adeeg taageero, adigoo isticmaalaya qalab ammaan "
                "badan, sida aad taas ugu samayn karto si ammaan ah.</p>",
            ),
            (
                "Waxa “Ka bax boggan” qabto, iyo waxa uusan qaban",
                "<p>Haddii aad riixdo <i>Ka bax boggan</i>, ama aad saddex jeer riixdo furaha Shift, degelkan "
                "isla markiiba wuu qarsoomaa, meeshiisana waxaa ka furmaya bog cimilada ah. Kadib haddii aad "
                "riixdo Back (Dib u noqo), waxaad ku noqonaysaa boggii aad joogtay ka hor intaadan halkan "
                "iman.</p>"
                "<p>Ma tirtiro taariikhdaada. Browser-kaagu wali wuxuu taariikhdiisa ku hayaa boggaga aad halkan "
                "ka furtay. Waxay ka baxaan oo keliya haddii aad tirtirto, ama aad isticmaasho daaqad gaar ah. "
                "Degelkan kama qarin karo barnaamijyada basaasa ama qof daawanaya shaashaddaada.</p>",
            ),
        ],
    },
}

_EMERGENCY = {
    "heading": "Haddii aad hadda khatar ku jirto",
    "routes": [
        {"label": "Booliska, xaalad degdeg ah"},
        {
            "label": "Silent Solution: wac 999, kadibna riix 55 haddii aadan hadli karin",
            "note": "Taleefanka gacanta, riix 55 marka hawlwadeenku ku weydiiyo, wuxuuna kugu xiriirin doonaa "
            "booliska.",
        },
    ],
}

CAMPAIGNS = {
    "is-it-coercive-control": {
        "title": "Tani ma xakamayn qasab ah baa?",
        "intro": "Xadgudubku mar walba jidh kuma koobna. Xakamayn joogto ah, hanjabaad iyo cabsi ayaa si la mid "
        "ah xorriyaddaada kaaga qaadi kara, waana dembi.",
        "body": [
            p(
                "Xakamaynta qasabka ah waa dabeecad soo noqnoqota oo lammaane, lammaane hore ama xubin qoyska ka "
                "mid ah u adeegsado inuu kaa dhigo qof isaga ku tiirsan, inuu kaa gooyo dadka ku taageeri kara, "
                "iyo inuu xakameeyo noloshaada maalinlaha ah. Shay kasta oo keligiis ah wuxuu u ekaan karaa mid "
                "yar. Marka la isku daro, waxay kaa dhigi karaan qof cabsan, wareersan oo xayiran.",
                "Ingiriiska iyo Wales, dabeecadda xakamaynta ama qasabka ah ee xiriir jaceyl ama qoys waa dembi "
                "tan iyo 2015.",
            ),
            {
                "heading": "Calaamadaha ay tahay inaad iska ilaaliso",
                "intro": "Qof kuu dhow miyuu:",
                "signs": [
                    "kaa fogeeyaa saaxiibbadaa iyo qoyskaaga, ama kugu adkeeyaa inaad aragto?",
                    "hubiyaa taleefankaaga, fariimahaaga ama halka aad joogto?",
                    "xakameeyaa lacagtaada, ama kugu qasbaa inaad weydiisato waxa aad u baahan tahay?",
                    "ku yareeyaa, ku ceebeeyaa ama ku caayaa?",
                    "kuu dejiyaa xeerar ku saabsan waxa aad xirato, cunto ama samayso?",
                    "ku hanjabaa inuu dhaawici doono adiga, carruurtaada ama xayawaankaaga, ama inuu faafin "
                    "doono sawirradaada gaarka ah?",
                    "kaa dhigaa qof mar walba ka baqa inuu wax khaldo?",
                ],
            },
            {
                "quote": "Weligiis ima garaacin, markaa uma maleynin inay xadgudub tahay. Laakiin waxay ahayd "
                "inaan xisaab ka bixiyo gini kasta iyo daqiiqad kasta. Markii aan qof la hadlay ayaan si cad "
                "u arkay.",
                "attribution": "Jo, 41 jir",
                "anonymity_note": "Tani waa sheeko laga soo ururiyay khibradaha dhowr qof: waxaan beddelnay "
                "magacyada iyo faahfaahinta si aan qofna loo aqoonsan.",
            },
            {
                "heading": "Eeddu adiga kuma aha",
                "text": p(
                    "Xadgudubku mar walba waa doorashada qofka sameeya. Uma baahnid inaad hubto inay xadgudub "
                    "tahay ka hor intaadan qof la hadlin. Taageeradu waa bilaash waana qarsoodi."
                ),
            },
            {"heading": "Halka aad caawimaad ka heli karto", "intro": "Uma baahnid inaad magacaaga sheegto."},
            {
                "heading": "Su'aalaha dadku weydiiyaan",
                "items": [
                    {
                        "question": "Ma igu qasbi doonaan inaan baxo, mise booliska ayay wici doonaan?",
                        "answer": p(
                            "Maya. La-taliyayaashu way ku dhegaystaan, waxayna kaa caawiyaan inaad ka fikirto "
                            "doorashooyinkaaga. Adiga ayaa go'aamiya waxa dhaca. Adiga la'aantaa tallaabo ma "
                            "qaadaan, haddii aanu ilmo ama qof kale khatar weyn ku jirin."
                        ),
                    },
                    {
                        "question": "Xubin qoyska ka mid ah ma samayn kartaa xakamayn qasab ah?",
                        "answer": p(
                            "Haa. Sharcigu wuxuu khuseeyaa xubnaha qoyska, iyo sidoo kale lammaanayaasha iyo "
                            "lammaanayaashii hore."
                        ),
                    },
                ],
            },
            _EMERGENCY,
        ],
        "easy_read": [
            easy(
                "Boggan wuxuu ku saabsan yahay xakamaynta qasabka ah.",
                "Taas macnaheedu waa in qof cabsi ku maamulo noloshaada.",
            ),
            easy(
                "Qof ayaa isku dayi kara inuu xakameeyo noloshaada.",
                "Wuxuu qaadan karaa lacagtaada.",
                "Wuxuu kaa joojin karaa inaad aragto saaxiibbadaa.",
            ),
            easy("Tani sax ma aha.", "Waa sharci darro."),
            easy(
                "Qof ma ku cabsiiyaa, ama ma xakameeyaa waxa aad samayso?",
                "Qof ayaad la hadli kartaa.",
                "Way ku dhegaysan doonaan, waxayna kaa caawin doonaan inaad ammaan ahaato.",
            ),
            easy("Hadda khatar ma ku jirtaa? Wac 999.", "Haddii aadan hadli karin, riix 55."),
        ],
    },
    "love-shouldnt-hurt": {
        "title": "Jacaylku waa inuusan ku dhaawicin",
        "intro": "Inaad qof la joogto waa inay ku farxad gelisaa. Haddii ay ku cabsiiso, kaa dhigto qof yar ama "
        "cadaadis ku saarto, taasi jacayl ma aha, waxaadna arrintaas kala hadli kartaa qof.",
        "body": [
            p(
                "Murannadu waxay ka dhacaan xiriir kasta. Xadgudubku wuu ka duwan yahay: waa marka qof isku dayo "
                "inuu ku xakameeyo, ku cabsiiyo ama ku dhaawaco, internetka ama fool ka fool. Qof kasta wuu ku "
                "dhici karaa, xiriir kasta oo uu yahay."
            ),
            {
                "heading": "Xiriirkaygu ma caafimaad qabaa?",
                "intro": "Mid kasta uga jawaab haa, maya ama mararka qaar. Jawaabahaagu waxay ku jiraan "
                "taleefankaaga ama kombiyuutarkaaga oo keliya: waxba lama diro, waxba lama kaydiyo.",
                "statements": [
                    {"text": "Waxay hubiyaan taleefankayga ama fariimahayga iyagoon i weydiin."},
                    {"text": "Way masayraan ama cadhoodaan marka aan arko saaxiibbaday."},
                    {"text": "Way i yareeyaan ama way i caayaan."},
                    {"text": "Waxay igu cadaadiyaan inaan sawirro diro ama aan sameeyo waxyaabo galmo ah."},
                    {"text": "Waan ka baqaa sida ay u falcelin doonaan."},
                    {"text": "Way ixtiraamaan marka aan idhaahdo maya."},
                    {"text": "Waxaan noqon karaa qofka aan ahay marka aan la joogo."},
                ],
                "healthy_message": "Jawaabahaaga marka la eego, xiriirkaagu wuxuu u muuqdaa mid caafimaad qaba. "
                "Haddii wax isbeddelaan, ama ay wali wax kula qaldan yihiin, mar walba qof ayaad la hadli "
                "kartaa.",
                "some_concerns_message": "Jawaabahaaga qaarkood waa kuwo walaac leh. Waxaad mudan tahay inaad "
                "dareento ammaan iyo ixtiraam. Waxaa laga yaabaa inay ku caawiso inaad kala hadasho qof aad "
                "aamminto.",
                "worrying_message": "Waxa aad sharaxday waxay u egyihiin xadgudub, eeduna adiga kuma aha. Uma "
                "baahnid inaad keligaa la tacaasho: dadka hoos ku qoran ayaa ku caawin kara.",
            },
            {
                "heading": "Calaamado kale",
                "intro": "In lagugu cadaadiyo inaad sawirro qaawan dirto, in goobtaada la raadraaco, ama in "
                "laguu sheego waxa aad xiranayso, dhammaan waa calaamado digniin ah.",
                "signs": [
                    "Waxaad dareentaa inay tahay inaad fasax weydiisato si aad u baxdo.",
                    "Waxay yiraahdaan way is dhaawici doonaan haddii aad tagto.",
                    "Way faafiyaan sawirradaada gaarka ah, ama way ku hanjabaan inay faafiyaan.",
                ],
            },
            {
                "heading": "Oggolaansho",
                "text": p(
                    "Waxaad maya ku dhihi kartaa wax kasta, waqti kasta, xitaa haddii aad hore u tiri haa. Qof "
                    "ku daryeela wuu aqbali doonaa taas."
                ),
            },
            {
                "heading": "Su'aalaha dadku weydiiyaan",
                "items": [
                    {
                        "question": "Childline ma u sheegi doonaan waalidkay?",
                        "answer": p(
                            "Childline waa qarsoodi. Waxa aad tiraahdo cid kale uma sheegi lahayn, haddii aanay "
                            "rumaysan in noloshaadu khatar ku jirto, badanaana marka hore adiga ayay kula "
                            "hadli lahaayeen."
                        ),
                    },
                ],
            },
        ],
        "easy_read": [
            easy("Jacaylku waa inuu ammaan kugu dareensiiyo.", "Waa inuusan ku dhaawicin."),
            easy("Qofna waa inuusan ku garaacin.", "Qofna waa inuusan ku cabsiin."),
            easy("Qofna waa inuusan mar walba hubin taleefankaaga."),
            easy("Waxaad la hadli kartaa qof aad aamminto."),
            easy("Childline waa bilaash.", "Wac 0800 1111."),
        ],
    },
}

TOPICS = {
    "coercive-control": "Xakamaynta qasabka ah",
    "physical-abuse": "Xadgudubka jirka",
    "emotional-abuse": "Xadgudubka dareenka",
    "economic-abuse": "Xadgudubka dhaqaalaha",
    "sexual-violence-and-consent": "Rabshadaha galmada iyo oggolaanshaha",
    "stalking": "Daba-galka",
    "honour-based-abuse": "Xadgudubka magaca “sharafta” lagu sameeyo",
    "forced-marriage": "Guurka qasabka ah",
    "fgm": "Gudniinka dumarka (FGM)",
    "tech-abuse": "Xadgudubka teknoolajiyada",
    "teenage-relationship-abuse": "Xadgudubka xiriirada dhallinyarada",
    "abuse-of-older-people": "Xadgudubka dadka waayeelka ah",
    "abuse-of-disabled-people": "Xadgudubka dadka naafada ah",
    "men-experiencing-abuse": "Ragga xadgudubku soo gaaro",
    "lgbt-people": "Dadka LGBT+",
    "worried-about-own-behaviour": "Dadka ka walaacsan dabeecaddooda",
}

AUDIENCES = {
    "young-people": "Dhallinyarada",
    "adults": "Dadka waaweyn",
    "parents-and-carers": "Waalidiinta iyo daryeelayaasha",
    "professionals": "Xirfadlayaasha",
}

SITE_SETTINGS = {
    "footer_text": "Waymark waxaa maamula Example Community Safety Partnership. Waa nuxur tusaale ah oo keliya.",
    "exit_label": "Ka bax boggan",
    "safety_notice": "Ma ka welwelsan tahay in qof arko inaad booqatay degelkan?",
}
