"""neptune.internal: only what libraries import from Neptune's internals (Hugging Face's NeptuneCallback imports
neptune.internal.utils.verify_type)."""
