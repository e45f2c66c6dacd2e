"""Punjabi, Bengali, Somali, Romanian and Simplified Chinese versions of the
demo content, one module a language, each holding:

- PAGES: the home page with its "Get help now" block, and "Staying safe
  online", shaped as demo/translated_content.py's entries;
- CAMPAIGNS: "Is it coercive control?" and "Love shouldn't hurt", standard
  and easy read, shaped as demo/translated_campaigns.py's;
- TOPICS, AUDIENCES and SITE_SETTINGS (footer, exit label, safety notice).

demo/translated_content.py and demo/translated_campaigns.py add them to
their dicts, so demo/translations.py loads them like the others.

The rules of those two modules hold here too: phone numbers (999, 55,
0800 1111, 0800, 0808), keyboard shortcuts and the names Silent Solution,
Childline and the Example Community Safety Partnership are unchanged;
"Exit this page" and the headings the interface also shows use the words
of translations/locale/<lang>/LC_MESSAGES/django.po; browser menu items keep
the English labels most phones and computers in the UK show. Easy read
keeps each sentence to one idea of at most 15 words (in Chinese, at most
about 25 characters), in the active voice, and explains a hard word in the
sentence after it.

They are the project team's own translations, not yet checked by native
speakers: the demo loader marks every one as needing review by a native
speaker in the translation status report.
"""

from . import bn, pa, ro, so, zh_hans

MORE_LANGUAGES = {"pa": pa, "bn": bn, "so": so, "ro": ro, "zh-hans": zh_hans}
