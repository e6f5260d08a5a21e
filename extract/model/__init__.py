"""The model half: a spaCy pipeline, with the project's jieba tokenizer, that judges candidate
amounts the rules are unsure of (extract/model/judge.py), trained here (extract/model/training.py)."""
