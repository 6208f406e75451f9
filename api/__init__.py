"""HTTP service over engine/: JSON API, Vietnamese web pages, audit trail, batch checks.

engine/ never imports api/; everything here is a thin shell over the engine's public functions.
"""
