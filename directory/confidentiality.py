"""When a confidential address may become public: the one rule that every
import format (importing/records.py) and the location editor (forms.py) apply.

A refuge's address must never leak by accident. So confidentiality is
sticky: a location saved as confidential stays confidential unless someone
says "no" in so many words (an explicit False: never a blank cell, a
missing field or a null), and even then only with a second, deliberate
step: the import option below, or the editor's confirmation box.
"""

# The importing API's keyword and the import command's option share this name.
LIFTING_OPTION = "allow_lifting_confidentiality"
LIFTING_FLAG = "--allow-lifting-confidentiality"


def lifts_confidentiality(stored: bool, wanted: bool | None) -> bool:
    """Whether saving `wanted` over the `stored` flag would make a
    confidential address public. Only an explicit False does; None
    (nothing said) keeps the address confidential."""
    return stored is True and wanted is False
