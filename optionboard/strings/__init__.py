"""Interface text by area; merged and looked up by ``optionboard.i18n.t``."""
