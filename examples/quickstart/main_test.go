package main

// Example runs the program; go test checks what it prints.
func Example() {
	main()
	// Output:
	// index number: 013033899/2025-78463 year 2025 seq 78463
	// title: 融合聚力绘新卷 一体奋进启新程——栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展动员部署会召开
	// publisher: 栖霞区人民政府
	// created: 2025-11-19
	// keywords: [全体会议]
	// paragraphs: 9
	// read as: utf-8, traditional script, 333 pinyin annotations stripped
}
