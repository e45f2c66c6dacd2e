"""The "needs review by a native speaker" mark on a page's or record's
text in one language (NativeReview): who sets it, who may clear it, and
what clearing records."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from .models import NativeReview

CLEARED_ACTION = "translations.native_review_cleared"


def mark_for_review(instance, language):
    """Marks `instance`'s text in `language` as needing review, again if it
    was cleared: new words by a non-native speaker need a new check."""
    NativeReview.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(instance),
        object_id=instance.pk,
        language=language,
        defaults={"needs_review": True, "cleared_by": None, "cleared_at": None},
    )


def outstanding(language=None):
    reviews = NativeReview.objects.filter(needs_review=True).select_related("content_type")
    return reviews.filter(language=language) if language else reviews


def marks_by_key(language=None):
    """{(content type id, object id, language): NativeReview} still to review."""
    return {(review.content_type_id, review.object_id, review.language): review for review in outstanding(language)}


def key(instance, language):
    return ContentType.objects.get_for_model(instance).pk, instance.pk, language


def reviewed_object(review):
    """The page or record the mark is on, or None if it has gone."""
    model = review.content_type.model_class()
    if model is None:
        return None
    return model._default_manager.filter(pk=review.object_id).first()


def can_clear(user, instance):
    """Whoever may edit the text may say a native speaker has checked it."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def clear(review, user):
    review.needs_review = False
    review.cleared_by = user
    review.cleared_at = timezone.now()
    review.save(update_fields=["needs_review", "cleared_by", "cleared_at"])
    instance = reviewed_object(review)
    if instance is not None:
        log(instance, CLEARED_ACTION, user=user, data={"language": review.language})
