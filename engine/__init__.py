"""dungdoituong engine: rules-as-code for VBSP social-policy credit targeting.

The engine never imports from ``api`` or ``cli``; every number from the law lives in ``rules/``.
"""
