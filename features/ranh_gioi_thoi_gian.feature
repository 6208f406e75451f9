# language: vi
Tính năng: Ranh giới thời gian giữa các chuẩn nghèo
  Kết quả phân loại phụ thuộc ngày tham chiếu do người dùng đưa vào (ngày nộp hồ sơ, ngày giải
  ngân hoặc ngày rà soát — quyết định D7), không phụ thuộc "hôm nay":
  - đến hết 31/12/2021: Quyết định 59/2015/QĐ-TTg (nông thôn 700.000 / 1.000.000 / 1.500.000 đồng;
    thành thị 900.000 / 1.300.000 / 1.950.000 đồng);
  - từ 01/01/2022 đến hết 31/12/2026: Nghị định 07/2021/NĐ-CP (nông thôn 1.500.000 / 2.250.000 đồng;
    thành thị 2.000.000 / 3.000.000 đồng) — Nghị định có hiệu lực từ 15/03/2021 nhưng chuẩn mới
    chỉ áp dụng từ 01/01/2022; năm 2026 vẫn giữ chuẩn này (D2);
  - từ 01/01/2027: Nghị định 351/2025/NĐ-CP (nông thôn 2.200.000 đồng; đô thị 2.800.000 đồng;
    dải mức sống trung bình chưa rõ → cần rà soát).
  Mỗi kịch bản xét cùng một hộ, cùng dữ liệu, ở hai ngày liền nhau. Hộ khai báo số chỉ số thiếu hụt
  (dùng đến hết 2021) và từng chỉ số thiếu hụt (dùng từ 2022) khớp nhau.

  @rule:poverty.qd59.poor_by_income @rule:poverty.qd59.poor_by_deprivation @rule:poverty.qd59.near_poor @rule:poverty.qd59.average @rule:poverty.qd59.none @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor @rule:poverty.nd07.average @rule:poverty.nd07.none
  Khung kịch bản: Từ 31/12/2021 sang 01/01/2022 — hộ <khu vực>, thu nhập <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 31/12/2021
    Thì kết quả là "<kết quả 31/12/2021>"
    Và chuẩn áp dụng là "Quyết định 59/2015/QĐ-TTg"
    Khi xét phân loại hộ tại ngày 01/01/2022
    Thì kết quả là "<kết quả 01/01/2022>"
    Và chuẩn áp dụng là "Nghị định 07/2021/NĐ-CP"

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả 31/12/2021        | kết quả 01/01/2022        |
      | nông thôn | 650.000   | 0         | hộ nghèo                  | hộ cận nghèo              |
      | nông thôn | 800.000   | 3         | hộ nghèo                  | hộ nghèo                  |
      | nông thôn | 800.000   | 2         | hộ cận nghèo              | hộ cận nghèo              |
      | nông thôn | 1.200.000 | 3         | hộ có mức sống trung bình | hộ nghèo                  |
      | nông thôn | 1.200.000 | 0         | hộ có mức sống trung bình | hộ cận nghèo              |
      | nông thôn | 1.600.000 | 0         | không thuộc diện          | hộ có mức sống trung bình |
      | nông thôn | 2.300.000 | 0         | không thuộc diện          | không thuộc diện          |
      | thành thị | 850.000   | 0         | hộ nghèo                  | hộ cận nghèo              |
      | thành thị | 1.900.000 | 3         | hộ có mức sống trung bình | hộ nghèo                  |
      | thành thị | 1.950.001 | 0         | không thuộc diện          | hộ cận nghèo              |
      | thành thị | 2.500.000 | 0         | không thuộc diện          | hộ có mức sống trung bình |
      | thành thị | 3.100.000 | 0         | không thuộc diện          | không thuộc diện          |

  @rule:poverty.nd07.poor @rule:poverty.nd07.near_poor @rule:poverty.nd07.average @rule:poverty.nd07.none @rule:poverty.nd351.poor @rule:poverty.nd351.near_poor @rule:poverty.nd351.average @rule:poverty.nd351.none
  Khung kịch bản: Từ 31/12/2026 sang 01/01/2027 — hộ <khu vực>, thu nhập <thu nhập> đồng, thiếu hụt <số chỉ số> chỉ số
    Cho hộ gia đình ở khu vực <khu vực> có 4 thành viên
    Và thu nhập bình quân <thu nhập> đồng/người/tháng
    Và hộ khai báo thiếu hụt <số chỉ số> chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 31/12/2026
    Thì kết quả là "<kết quả 31/12/2026>"
    Và chuẩn áp dụng là "Nghị định 07/2021/NĐ-CP"
    Khi xét phân loại hộ tại ngày 01/01/2027
    Thì kết quả là "<kết quả 01/01/2027>"
    Và chuẩn áp dụng là "Nghị định 351/2025/NĐ-CP"

    Dữ liệu:
      | khu vực   | thu nhập  | số chỉ số | kết quả 31/12/2026        | kết quả 01/01/2027 |
      | nông thôn | 1.500.000 | 3         | hộ nghèo                  | hộ nghèo           |
      | nông thôn | 1.500.000 | 0         | hộ cận nghèo              | hộ cận nghèo       |
      | nông thôn | 1.800.000 | 3         | hộ có mức sống trung bình | hộ nghèo           |
      | nông thôn | 2.200.000 | 0         | hộ có mức sống trung bình | hộ cận nghèo       |
      | nông thôn | 2.250.000 | 0         | hộ có mức sống trung bình | cần rà soát        |
      | nông thôn | 2.250.001 | 0         | không thuộc diện          | cần rà soát        |
      | thành thị | 2.000.001 | 3         | hộ có mức sống trung bình | hộ nghèo           |
      | thành thị | 2.800.000 | 2         | hộ có mức sống trung bình | hộ cận nghèo       |
      | thành thị | 3.000.000 | 0         | hộ có mức sống trung bình | cần rà soát        |
      | thành thị | 3.000.001 | 0         | không thuộc diện          | cần rà soát        |

  @rule:poverty.qd59.average @rule:poverty.nd07.poor
  Kịch bản: Nghị định 07/2021 có hiệu lực từ 15/03/2021 nhưng chuẩn mới chỉ áp dụng từ 01/01/2022
    Cho hộ gia đình ở khu vực nông thôn có 4 thành viên
    Và thu nhập bình quân 1.200.000 đồng/người/tháng
    Và hộ khai báo thiếu hụt 3 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 15/03/2021
    Thì kết quả là "hộ có mức sống trung bình"
    Và chuẩn áp dụng là "Quyết định 59/2015/QĐ-TTg"
    Và lý do nêu "Thu nhập bình quân 1.200.000 đồng/người/tháng cao hơn chuẩn cận nghèo nông thôn 1.000.000 đồng"
    Khi xét phân loại hộ tại ngày 31/12/2021
    Thì kết quả là "hộ có mức sống trung bình"
    Khi xét phân loại hộ tại ngày 01/01/2022
    Thì kết quả là "hộ nghèo"
    Và lý do nêu "Thu nhập bình quân 1.200.000 đồng/người/tháng không vượt quá chuẩn nghèo nông thôn 1.500.000 đồng" và "khoản 2 Điều 3 Nghị định 07/2021/NĐ-CP"

  @rule:poverty.nd351.average @rule:poverty.nd351.none
  Kịch bản: Ngày cuối cùng bộ quy tắc trả lời được là 31/12/2030
    Cho hộ gia đình ở khu vực thành thị có 4 thành viên
    Và thu nhập bình quân 2.900.000 đồng/người/tháng
    Và hộ khai báo thiếu hụt 0 chỉ số dịch vụ xã hội cơ bản
    Khi xét phân loại hộ tại ngày 31/12/2030
    Thì kết quả là "cần rà soát"
    Và chuẩn áp dụng là "Nghị định 351/2025/NĐ-CP"
    Khi xét phân loại hộ tại ngày 01/01/2031
    Thì ngày tham chiếu bị từ chối với thông báo "Ngày tham chiếu 01/01/2031 nằm ngoài phạm vi bộ quy tắc (01/01/2016–31/12/2030)"
