"""A QR code for a link, so a phone can open on a laptop (or a laptop follow a wall screen) without typing it."""

from __future__ import annotations

import io

import segno
import streamlit as st


def qr_png(url: str, scale: int = 6) -> bytes:
    """The link as a PNG QR code, with the quiet zone scanners need. Medium error correction survives a glare."""
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def qr_image(url: str, caption: str, width: int = 220) -> None:
    st.image(qr_png(url), caption=caption, width=width, alt=caption)
