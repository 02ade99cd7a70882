"""The app's pages, one thin script each, run by st.navigation (dashboard.py). A package only so that the
layering contracts in .importlinter can name it; nothing imports a page."""
