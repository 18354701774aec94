"""The A4 documents Tagih prints, each built on one base (``core.documents.base``).

``statement`` (the statement of account and the letter layout it shares with the reminders),
``letters`` (the reminder, the firm notice, the somasi I–III), ``offer`` (the settlement
offer, as a letter and as a message) and ``agreement`` (the written payment agreement).
"""
