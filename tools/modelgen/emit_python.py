from model import Model


def emit(model: Model) -> dict:
    return {}
