# language: vi
@family:review
Tính năng: Kiểm tra những hộ cần rà soát lại
  Thu nhập sát chuẩn (dải ±5% là thiết lập kỹ thuật, không phải quy định pháp luật), chỉ số thiếu hụt
  khai báo khác dữ liệu thành viên, kết quả dựa trên căn cứ chưa xác minh (D9), thiếu dữ liệu hoặc văn
  bản chưa cho biết giá trị, không quy tắc nào kết luận được, hai quyết định mâu thuẫn cùng ngày.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:review.borderline_income
  Khung tình huống: Thu nhập trong hay ngoài dải ±5% quanh chuẩn nghèo nông thôn 1.500.000 đồng
    Cho hộ "H51" ở nông thôn có thu nhập <thu nhập> đồng/người/tháng
    Khi kiểm tra danh sách và sổ vay
    Thì <kết quả> cảnh báo "review.borderline_income" cho hộ "H51"

    Dữ liệu:
      | thu nhập  | kết quả  |
      | 1.424.999 | không có |
      | 1.425.000 | có       |
      | 1.575.000 | có       |
      | 1.575.001 | không có |

  @flag:review.borderline_income
  Tình huống: Dải sát chuẩn đổi được bằng thiết lập
    Cho thiết lập "dải sát chuẩn" là 0,1
    Và hộ "H52" ở nông thôn có thu nhập 1.600.000 đồng/người/tháng
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.borderline_income" cho hộ "H52"
    Và cảnh báo đó nêu "trên chuẩn nghèo nông thôn 1.500.000 đồng"
    Và cảnh báo đó có căn cứ "dải ±10%: thiết lập kỹ thuật, không phải quy định pháp luật"

  @flag:review.indicator_mismatch
  Tình huống: Khai báo không thiếu hụt nước sinh hoạt nhưng hộ dùng nước sông
    Cho hộ "H53" ở nông thôn có thu nhập 1.200.000 đồng/người/tháng
    Và hộ "H53" thiếu hụt 1 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H53" khai báo chỉ số "Nguồn nước sinh hoạt" là "không thiếu hụt"
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.indicator_mismatch" cho hộ "H53"
    Và cảnh báo đó nêu "Chỉ số 9 'Nguồn nước sinh hoạt'"
    Và cảnh báo đó ghi giá trị "declared" là "False"

  @flag:review.unverified_basis
  Tình huống: Hộ nghèo vì thiếu hụt internet, một chỉ số chưa xác minh
    Cho hộ "H54" ở nông thôn có thu nhập 1.200.000 đồng/người/tháng
    Và hộ "H54" thiếu hụt 2 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H54" không có thành viên nào dùng internet
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.unverified_basis" cho hộ "H54"
    Và cảnh báo đó nêu "Sử dụng dịch vụ viễn thông (internet)"
    Và cảnh báo đó có căn cứ "căn cứ chưa xác minh"

  @flag:review.unverified_basis
  Tình huống: Khoản vay hộ nghèo năm 2018 xét theo mức cho vay 50 triệu đồng chưa xác minh
    Cho hộ "H55" ở nông thôn có thu nhập 1.000.000 đồng/người/tháng
    Và hộ "H55" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H55" được UBND xã công nhận "hộ nghèo" ngày 15/12/2017
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình     | giải ngân  | ngày giải ngân |
      | V55          | H55 | Cho vay hộ nghèo | 10.000.000 | 01/06/2018     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.unverified_basis" cho khoản vay "V55"
    Và cảnh báo đó nêu "mức cho vay tối đa hộ nghèo"

  @flag:review.missing_data
  Tình huống: Không có thu nhập thì không kết luận được và nói thiếu gì
    Cho hộ "H56" ở nông thôn chưa rõ thu nhập
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.missing_data" cho hộ "H56"
    Và cảnh báo đó nêu "thiếu dữ liệu 'Thu nhập bình quân'"

  @flag:review.unknown_value
  Tình huống: Năm 2027 chưa có mức sống trung bình nên hộ trên chuẩn nghèo cần rà soát
    Cho ngày rà soát là 01/06/2027
    Và hộ "H57" ở nông thôn có thu nhập 2.200.001 đồng/người/tháng
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.unknown_value" cho hộ "H57"
    Và cảnh báo đó nêu "văn bản chưa cho biết"

  @flag:review.rule_conflict
  Tình huống: Không quy tắc nào kết luận được thì báo, không đoán
    Cho bộ quy tắc thử bỏ quy tắc "poverty.nd07.none"
    Và hộ "H58" ở nông thôn có thu nhập 2.250.001 đồng/người/tháng
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.rule_conflict" cho hộ "H58"
    Và cảnh báo đó nêu "không quy tắc nào áp dụng"

  @flag:review.status_conflict
  Tình huống: Hai quyết định công nhận khác nhau cùng một ngày
    Cho hộ "H59" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H59" được UBND xã công nhận "hộ nghèo" ngày 15/12/2024
    Và hộ "H59" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "review.status_conflict" cho hộ "H59"
