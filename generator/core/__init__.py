"""Facts and tools every stage uses: the model, errors, the clock, dates, languages, paths, text."""
