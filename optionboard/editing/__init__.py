"""Changing the data: proposed changes, merges, who may edit, and the stores that keep every version."""
