"""« Ouvrir la participation »: the facilitator's side of the participation server.

``ParticipationController`` hangs the action, the panel and the server bridge on a forum
window; ``ServerBridge`` owns the server and turns its events into Qt signals on the GUI thread.
"""
