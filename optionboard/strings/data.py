"""Interface text for the data pages."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
    },
}
