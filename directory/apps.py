from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Service directory"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from translations.review_words import register_review_source
        from translations.search import register
        from translations.status import register_grouping

        from .models import Service
        from .search.review import search_words
        from .translation_status import place_parents

        # Services translated into a language are searched in that language.
        register(
            Service,
            "name",
            ("summary", "description", "application_process", "what_happens_next"),
            lambda service: service.is_public,
        )
        # A place used by one service is listed with it.
        register_grouping(place_parents)
        # Its search words in each language await a native speaker's review.
        register_review_source(search_words)
