"""Blocks for campaign pages. Each has its own template in
templates/campaigns/blocks/ and a preview value for the block picker."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from waymark.blocks import GetHelpBlock, HeadingBlock, RichTextBlock

from .pictograms import PictogramRadioSelect, pictogram_choices


def _first(model_path, **filters):
    from django.apps import apps

    return apps.get_model(model_path).objects.filter(**filters).first()


def _some_services(count=2):
    from django.apps import apps

    Service = apps.get_model("directory.Service")
    return list(Service.objects.public().order_by("name")[:count])


class CampaignBlock(blocks.Block):
    """A block of campaign pages, in either body. Its preview in the block
    picker uses the site's and the campaigns' stylesheets, as the page does."""

    # A method rather than Meta.preview_template: the site's blocks that
    # campaigns reuse have a Meta of their own, and two Metas in one class's
    # bases are a type error.
    def get_preview_template(self, value, context=None):
        return "campaigns/block_preview.html"


class CampaignHeadingBlock(CampaignBlock, HeadingBlock):
    pass


class CampaignRichTextBlock(CampaignBlock, RichTextBlock):
    pass


class EmergencyBlock(CampaignBlock, GetHelpBlock):
    pass


class CalloutBlock(CampaignBlock, blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("info", _("Information")), ("warning", _("Warning"))], default="info")
    heading = blocks.CharBlock(required=False, max_length=120)
    text = RichTextBlock(features=["bold", "italic", "link", "ul"])

    class Meta:
        template = "campaigns/blocks/callout.html"
        icon = "info-circle"
        label = _("Callout")
        description = _("A boxed note: information, or a warning.")
        preview_value = {
            "kind": "warning",
            "heading": "If you are in danger now",
            "text": "<p>Call 999. If you cannot speak, call 999 and then press 55.</p>",
        }


class SignsBlock(CampaignBlock, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Signs to look out for"), max_length=120)
    intro = blocks.TextBlock(required=False, max_length=400)
    signs = blocks.ListBlock(blocks.CharBlock(max_length=200), min_num=1, label=_("Signs"))

    class Meta:
        template = "campaigns/blocks/signs.html"
        icon = "list-ul"
        label = _("Signs to look out for")
        description = _("A checklist of warning signs.")
        preview_value = {
            "heading": "Signs to look out for",
            "intro": "Does someone close to you:",
            "signs": ["check your phone or messages?", "control your money?", "stop you seeing friends?"],
        }


class QuoteBlock(CampaignBlock, blocks.StructBlock):
    quote = blocks.TextBlock(max_length=1200)
    attribution = blocks.CharBlock(required=False, max_length=80, help_text=_("e.g. “Sam, 34”. Never a real name."))
    anonymity_note = blocks.CharBlock(
        required=False,
        max_length=200,
        default=_("Names and details have been changed to protect the people involved."),
    )

    class Meta:
        template = "campaigns/blocks/quote.html"
        icon = "openquote"
        label = _("Quote or lived experience")
        description = _("Someone's own words, with a note on how their identity is protected.")
        preview_value = {
            "quote": "I didn't think it counted as abuse because he never hit me.",
            "attribution": "Jo, 41",
            "anonymity_note": "Names and details have been changed to protect the people involved.",
        }


class ImageBlock(CampaignBlock, blocks.StructBlock):
    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        label=_("Alt text"), max_length=250, help_text=_("What the picture shows, for people who cannot see it.")
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        template = "campaigns/blocks/image.html"
        icon = "image"
        label = _("Image")
        description = _("A picture with alt text and an optional caption.")

    def get_preview_value(self):
        return self.normalize(
            {"image": _first("wagtailimages.Image"), "alt": "A picture from the image library", "caption": ""}
        )


class ServicesBlock(CampaignBlock, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Where to get help"), max_length=120)
    intro = blocks.TextBlock(required=False, max_length=400)
    services = blocks.ListBlock(SnippetChooserBlock("directory.Service"), default=[], label=_("Services"))
    search_link = blocks.BooleanBlock(
        required=False, default=True, help_text=_("Also link to the directory search for other services.")
    )

    class Meta:
        template = "campaigns/blocks/services.html"
        icon = "help"
        label = _("Get help (from the directory)")
        description = _("Services chosen from the directory, always shown with their current details.")
        preview_value = {
            "heading": "Where to get help",
            "intro": "These services are free and confidential.",
            "services": [],
            "search_link": True,
        }

    def get_preview_value(self):
        value = dict(self.meta.preview_value, services=_some_services())
        return self.normalize(value)


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = RichTextBlock(label=_("Answer"))


class FaqBlock(CampaignBlock, blocks.StructBlock):
    heading = blocks.CharBlock(required=False, default=_("Questions people ask"), max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), min_num=1)

    class Meta:
        template = "campaigns/blocks/faq.html"
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions that open to show their answers.")
        preview_value = {
            "heading": "Questions people ask",
            "items": [{"question": "Will they tell the police?", "answer": "<p>Not unless you want them to.</p>"}],
        }


class DocumentBlock(CampaignBlock, blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=120, help_text=_("Leave blank to use the document's title."))
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        template = "campaigns/blocks/document.html"
        icon = "doc-full"
        label = _("Download")
        description = _("A document to download, shown with its type and size.")

    def get_preview_value(self):
        return self.normalize({"document": _first("wagtaildocs.Document"), "title": "", "description": ""})


class VideoBlock(CampaignBlock, blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock(label=_("Video address"), help_text=_("The video's page on YouTube, Vimeo or elsewhere."))
    description = blocks.TextBlock(required=False, max_length=400, help_text=_("What the video is about."))
    transcript = RichTextBlock(required=False, label=_("Transcript"))

    class Meta:
        template = "campaigns/blocks/video.html"
        icon = "media"
        label = _("Video (link)")
        description = _(
            "A video on another site. Nothing loads from that site: visitors see which site it is on "
            "and choose whether to go there."
        )
        preview_value = {
            "title": "What is coercive control?",
            "url": "https://www.youtube.com/watch?v=example",
            "description": "A two-minute animation.",
            "transcript": "",
        }


class QuizStatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    healthy = blocks.BooleanBlock(
        required=False,
        help_text=_("Tick if “yes” is the healthy answer (e.g. “They respect my choices”)."),
    )


class QuizBlock(CampaignBlock, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Is my relationship healthy?"), max_length=120)
    intro = blocks.TextBlock(
        max_length=600,
        help_text=_("Shown to everyone. Say that answers stay on the device and nothing is sent or saved."),
    )
    statements = blocks.ListBlock(QuizStatementBlock(), min_num=2)
    healthy_message = blocks.TextBlock(max_length=400)
    some_concerns_message = blocks.TextBlock(max_length=400)
    worrying_message = blocks.TextBlock(max_length=400)
    services = blocks.ListBlock(SnippetChooserBlock("directory.Service"), default=[], label=_("Services to suggest"))

    class Meta:
        template = "campaigns/blocks/quiz.html"
        icon = "tick-inverse"
        label = _("Relationship quiz")
        description = _(
            "Statements answered yes, no or sometimes. The result is worked out on the visitor's device: "
            "nothing is sent or stored."
        )
        preview_value = {
            "heading": "Is my relationship healthy?",
            "intro": "Answer for yourself. Your answers stay on this device.",
            "statements": [
                {"text": "They check my phone.", "healthy": False},
                {"text": "They respect my choices.", "healthy": True},
            ],
            "healthy_message": "It sounds like your relationship is healthy.",
            "some_concerns_message": "Some things you said are worrying.",
            "worrying_message": "What you describe sounds like abuse. It is not your fault.",
            "services": [],
        }

    def get_preview_value(self):
        return self.normalize(dict(self.meta.preview_value, services=_some_services(1)))


class CampaignBodyBlock(blocks.StreamBlock):
    heading = CampaignHeadingBlock()
    text = CampaignRichTextBlock()
    callout = CalloutBlock()
    signs = SignsBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    services = ServicesBlock()
    emergency = EmergencyBlock()
    faq = FaqBlock()
    document = DocumentBlock()
    video = VideoBlock()
    quiz = QuizBlock()


class EasyReadBlock(CampaignBlock, blocks.StructBlock):
    pictogram = blocks.ChoiceBlock(
        choices=pictogram_choices,
        required=False,
        # Widgets are left out of migrations, so this changes none.
        widget=PictogramRadioSelect,
        help_text=_("Pick a pictogram, or upload a picture below."),
    )
    image = ImageChooserBlock(required=False, help_text=_("A picture of your own, instead of a pictogram."))
    alt = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=200,
        help_text=_("What the picture shows. Leave blank for a pictogram to use its own description."),
    )
    text = blocks.TextBlock(
        max_length=400, help_text=_("One idea: one to three short sentences, each of 15 words or fewer.")
    )

    class Meta:
        template = "campaigns/blocks/easy_read.html"
        icon = "user"
        label = _("Easy read: picture and words")
        description = _("A picture beside one to three short sentences.")
        preview_value = {"pictogram": "phone", "alt": "", "text": "You can call for help. It is free."}


class EasyReadBodyBlock(blocks.StreamBlock):
    easy_read = EasyReadBlock()
