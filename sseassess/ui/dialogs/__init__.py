"""The dialogs: exporting, collecting and sending answers, participants, profiles, file jobs."""
