"""The text of the SMS: choosing the template, rendering it, and the checks before sending."""
