"""Interface text for the compare pages."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
    },
}
