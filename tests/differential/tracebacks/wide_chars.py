def 計算(値):
    return 値["キー"]


data = {"名前": "テスト"}
計算(data)
