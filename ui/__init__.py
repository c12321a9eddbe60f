"""Agora's desktop interface (PySide6). Calls ``agora`` services; never opens a database itself."""
