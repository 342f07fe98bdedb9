"""The pages of the main window: home, the assessment wizard, results, action plan, comparison."""
