"""The data package: its descriptor, reading and typing its files, validating it, and writing it out."""
