"""Use cases: every change to a forum goes through a function here.

Plain values in, frozen read models out (``agora.services.reads``). The desktop app, the command
line and the participation server call the same functions, so they can never disagree.
"""
