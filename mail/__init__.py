"""The copy of each notice for the call-centre: composing the email and sending it by SMTP."""
