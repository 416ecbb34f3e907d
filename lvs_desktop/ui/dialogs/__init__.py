"""The desk's forms: each validates before saving and says in Dutch what is wrong."""
