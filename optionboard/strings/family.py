"""Interface text for the family pages."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
    },
}
