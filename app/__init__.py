"""Argmap: see the argument of a persuasive text as an interactive map."""
